"""The two-hundred-and-eighty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's schools,
hospitals and 公共服务 bodies, 安州区 (a district of 绵阳) — its 秀水中学, 花荄小学 and 职业高级中学, its
人民医院, 中医医院 and 桑枣镇中心卫生院, its 疾病预防控制中心, 图书馆 and 社会保险事业管理中心 — each
handing back the 一览表, 排查表, 清单, 自查表, 防控卡 or 台账 its staff typed in WPS or Excel:

- the 秀水中学's 一览表 (校园餐): a ``填报单位（盖章）：…　填报时间：…`` line, ``处室`` merged (校级领导, 总务处,
  食堂), ``岗位`` merged per person, short types, 高/中/低, and the holder in a LAST column ``责任人``
  (after the measures) merged per person; a 填表人/审核人/校长 line;
- the 花荄小学's 排查表 对岗不对人 (校服, 教辅): ``部门`` merged, ``岗位`` merged per post, a short
  ``风险环节`` before the ``廉政风险点``, ``一级/二级/三级`` read by a ``注：`` line, no names, no types;
- the 桑枣镇中心卫生院's 自查表, one sheet a person (tabs named by the post): ``姓　名 | … | 科　室 | … |
  岗　位 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 | 防控措施 | 自查情况``, ``…风险`` types,
  ``高风险/中风险/低风险``, ``自查人（签名）： | … | 院长审核：``;
- the 疾病预防控制中心's 防控卡, one sheet a holder (tabs 主任, 免疫规划科, 检验检测科): ``持卡人 | … |
  职　务 | …`` and ``所在科室 | … | 工作职责 | …`` above ``序号 | 风险点 | 风险等级 | 防控措施``,
  ``★★★/★★/★`` read by a ``注：`` line, no type column, ``持卡人签字：`` and a date;
- the 图书馆's 责任清单 written on EVERY row (no merges): ``部室 | 岗位 | 职责事项 | 廉政风险点 | 风险等级 |
  防控措施 | 责任人`` (the holder last), ``Ⅰ级/Ⅱ级/Ⅲ级``, no type column;
- the 人民医院's file in two sheets: ``院领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``职能科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), short types,
  ``一级风险/二级风险/三级风险``;
- the 中医医院's 防控表 under GROUP ROWS ``一、院领导`` … ``四、财务科`` merged across (no 科室 column):
  ``岗位 | 姓名`` merged per person, a short ``风险点`` beside a long ``风险描述``, ``…风险`` types,
  levels written as bare ``Ⅰ/Ⅱ/Ⅲ``;
- the 职业高级中学's 清单: ``处室`` merged, ``岗位`` and ``责任人`` merged per person, 高/中/低, no type
  column, and a LAST column ``分管领导`` naming the 副校长 over each 处室 (a supervisor, no holder).

One is harder:

- ``anzhou_social_insurance_two_pages``: the 社会保险事业管理中心's 经办风险 廉政风险防控台账, a WIDE
  table (eleven columns) printed landscape on TWO PAGES ACROSS — Excel's 打印标题 repeating the title
  rows and the ``序号`` column (左端标题列) on each page — and published as a PDF, then turned back
  into a workbook ONE SHEET A PAGE (tabs ``第1页``, ``第2页``, each ending with ``第 N 页　共 2 页``).
  ``第1页`` holds ``序号 | 股室 | 岗位 | 姓名 | 经办环节 | 廉政风险点 | 风险类型`` — the points, their holders
  and types, but NO LEVEL; ``第2页`` holds ``序号 | 风险等级 | 防控措施 | 监督股室 | 完成时限`` — the
  levels and measures, but NO POINT TEXT: the two halves of one row are joined ONLY by the
  ``序号`` both pages repeat. The README's 读得懂的表 knows a 续表 on the next sheet (more ROWS under
  the SAME heading, or a ``第2页`` tab with the same heading), a wide table printed in an upper and
  a lower half joined by ``序号`` ON ONE SHEET (``TABLE_HALVES``), a grading sheet that grades the
  points of another sheet BY THE POINT'S TEXT (``SHEET_LEVELS``), and a risk table keyed by
  ``职权编码`` to a ``职权目录`` of posts; it does not describe the COLUMNS of one table split over
  two sheets, the second carrying no risk text, only the ``序号`` to join by.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 社保基金 专项审计 — 基金征缴 应收未收
与基数不实, 灵活就业人员参保, 基金支出 违规支付与待遇核定不严; 校园餐 腐败 — 按餐次回扣, 临退休续签
长约, 饭堂主任 串通; a 区教育厅 公告 on 教辅征订 and 校服采购 — 一科一辅, 家委会 变相摊派, 履约验收,
频繁更换款式, 排他性条款, 代购代销; a 区 医疗领域 专项整治 督导 — 招投标采购, 药品回扣, 自检自查;
疾控中心工作职责 — 传染病监测, 应急预案, 疫苗接种, 公共场所卫生检查; 高校图书馆 党风廉政 风险点
排查 — 资金使用安全, 项目建设安全; 区委 医疗卫生领域 专项巡察 of a 中心医院 — 选人用人, 工程项目,
大型医疗设备, 药品耗材采购, 医保专项资金, 过度医疗, 乱收费, 红包; 派驻纪检监察组 at a 人民医院 —
医疗三监管平台 问题线索, 行业突出问题 专项整治; 中职学校 违规行为 清查 — 虚假宣传招生, 乱收费, 实习
管理) and the layout follows their words for the unit, its parts, its posts and its risks. The
rows are worded by us, the names invented (rare Han surnames with rare given names); every unit
is a body of 安州区.

Run ``python tests/published/score.py --set batch283`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the points, holders and types are those of ``第1页`` (the forms' sheet); the
  level of a point is the ``风险等级`` on ``第2页`` in the row of the SAME ``序号``; ``防控措施``,
  ``监督股室`` and ``完成时限`` are no points, and ``监督股室`` is not the 科室 of the row; ``经办环节`` is no
  point; the ``第 N 页　共 2 页`` lines, the titles and the 填报/填表人/审核人/主任（签字） lines on either
  page are no points;
- ``校级领导``, ``中心领导``, ``馆领导`` and ``院领导`` (a 处室/股室/部室 cell, a card's 所在科室, a group row,
  the sheet ``院领导`` whose title names ``…院领导…``) are the 科室 of those leaders; a school's 处, 室
  and 食堂, a 中心's 股 and 科, a 馆's 部 and 办公室, a hospital's 科, 办, 处 and 药房 are 科室; a group
  row ``二、医务科`` gives the 科室 ``医务科`` (its number left off);
- 校长, 副校长, the 中心's 主任 and 副主任, 馆长, 副馆长, 院长 and 副院长 are leaders; a 处's, 部's,
  办's, 食堂's or 药房's 主任, 科长, 科主任 and 股长 middle; the rest (验收员, 班主任, 报账员, 公卫专干,
  检验员, 采编员, 会计, 出纳, 收费员, 调剂员, 干事, 经办员, 审核员, 稽核员) general;
- ``风险点 | 风险描述``: the point is the short 风险点; ``风险环节``, ``职责事项``, ``经办环节``, ``分管工作``, ``工作职责``
  and ``自查情况`` are no points and name no holder; the 花荄小学's list names no person: its forms are
  posts (对岗不对人); the 秀水中学's and the 图书馆's LAST column ``责任人`` is the holder; in the
  职业高级中学's list the LAST column ``分管领导`` names supervisors (a 副校长 over several 处室, ``/`` for
  the 校级领导's own rows), the holder is ``责任人``;
- ``Ⅰ级/Ⅱ级/Ⅲ级``, bare ``Ⅰ/Ⅱ/Ⅲ``, ``★★★/★★/★``, ``一级/二级/三级``, ``高/中/低``, ``高风险/中风险/低风险``
  and ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b283_"
PLACE = "安州区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

SI_UNIT = f"{PLACE}社会保险事业管理中心"
SI_TIERS = {"主任": "leader", "副主任": "leader", "股长": "middle"}
SI_LEFT = ("序号", "股室", "岗位", "姓名", "经办环节", "廉政风险点", "风险类型")
SI_RIGHT = ("序号", "风险等级", "防控措施", "监督股室", "完成时限")
# (股室, 岗位, 姓名, [(经办环节, 廉政风险点, 风险类型, 风险等级, 防控措施, 监督股室)])
SI_ROWS = [
    ("中心领导", "主任", "甯澍珩", [
        ("基金支出审批", "大额待遇支付不经集体会审，个人审批", "制度机制风险", "高",
         "一次性支付1万元以上的待遇集体会审，会审记录存档。", "稽核内控股"),
        ("岗位设置", "不相容岗位未分设，经办、复核由一人兼任", "岗位职责风险", "中",
         "按岗位互斥原则分别授权，系统权限每季度核查一次。", "稽核内控股"),
    ]),
    ("中心领导", "副主任", "郤沅籁", [
        ("征缴稽核督办", "对企业少报、瞒报缴费基数的线索不督办", "岗位职责风险", "中",
         "缴费基数核查线索登记台账，按月通报办理情况。", "稽核内控股"),
    ]),
    ("参保征缴股", "股长", "巩湉翊", [
        ("缴费基数核定", "为关系企业压低缴费基数，应收未收", "外部环境风险", "高",
         "缴费基数与税务工资申报数据比对，差异逐户核实。", "稽核内控股"),
        ("欠费追缴", "欠费企业追缴不力，擅自减免滞纳金", "业务流程风险", "中",
         "滞纳金减免按规定报批，欠费情况每季度公示。", "稽核内控股"),
    ]),
    ("参保征缴股", "经办员", "缑峄岚", [
        ("参保登记和补缴", "违规为不符合条件人员办理参保和补缴", "业务流程风险", "高",
         "补缴三年以上须本人书面承诺，经复核、审批后办理。", "稽核内控股"),
    ]),
    ("待遇审核股", "股长", "隗霑瑄", [
        ("退休待遇核定", "特殊工种提前退休材料审核把关不严", "岗位职责风险", "高",
         "特殊工种和病退材料集体审核，审核结果公示。", "稽核内控股"),
        ("待遇重新核定", "随意调整待遇标准，造成多发待遇", "制度机制风险", "中",
         "待遇调整经复核岗复核，系统全程留痕。", "稽核内控股"),
    ]),
    ("待遇审核股", "审核员", "晏琮菀", [
        ("领取资格认证", "资格认证走过场，死亡和服刑人员冒领待遇", "业务流程风险", "高",
         "每月与公安、民政、法院数据比对，疑点逐人核查。", "稽核内控股"),
    ]),
    ("基金财务股", "会计", "乜蓁骞", [
        ("基金收支核算", "未执行收支两条线，基金账实不符", "制度机制风险", "中",
         "每月与银行、财政对账，编制存款余额调节表。", "稽核内控股"),
        ("待遇发放", "篡改待遇发放数据，将资金转入他人账户", "思想道德风险", "高",
         "发放数据经办、复核双人操作，发放后随机抽样核对。", "稽核内控股"),
    ]),
    ("稽核内控股", "稽核员", "汲溆璠", [
        ("稽核检查", "稽核中接受被稽核单位宴请，隐瞒问题", "思想道德风险", "低",
         "稽核两人以上，稽核结论集体审定。", "办公室"),
    ]),
]  # fmt: skip


def _si_tier(post: str) -> str:
    return SI_TIERS.get(post, "general")


def anzhou_social_insurance_two_pages() -> dict:
    unit = SI_UNIT
    t = _Truth(unit)
    title = f"{unit}经办风险廉政风险防控台账"
    filled = f"填报单位（盖章）：{unit}{GAP * 6}填报时间：2025年6月"
    left = _Sheet("第1页", [6, 12, 10, 10, 14, 38, 14])
    right = _Sheet("第2页", [6, 10, 40, 12, 12])
    for sh, head in ((left, SI_LEFT), (right, SI_RIGHT)):
        _line(sh, title, len(head))
        _line(sh, filled, len(head))
        sh.add(*head)
    first_left, first_right = len(left.rows), len(right.rows)
    n = 0
    for dept, post, who, points in SI_ROWS:
        for step, point, typ, lv, measures, watch in points:
            n += 1
            left.add(n, dept, post, who, step, point, typ)
            right.add(n, lv, measures, watch, "长期坚持")
            t.point(left.name, dept, post, who, _si_tier(post), point, types_in(typ), HML[lv])
    _per_person(left, first_left, 1, 2, 3)
    last = len(right.rows) - 1
    for r in range(first_right + 1, last + 1):
        right.rows[r][4] = None
    right.merge(first_right, 4, last, 4)
    # the sign-off row under the wide table, cut at the page break like every other row
    left.add(None, "填表人：", None, None, "审核人：", None, None)
    right.add(None, None, "主任（签字）：", None, None)
    for i, sh in enumerate((left, right), 1):
        _line(sh, f"第 {i} 页{GAP}共 2 页", len(sh.rows[2]))
    return _layout(
        "anzhou_social_insurance_two_pages",
        "https://www.seridoat.com/article/fu-yang-shi-she-bao-ji-jin-shen-ji-jie-shi-qian-zai-feng-xian-yu-guan-li-lou-dong-ru-he-bao-zhang-mi.html",
        "(harder) 区社会保险事业管理中心 经办风险廉政风险防控台账, after the source's 社保基金 专项审计 (基金征缴 应收未收 与 "
        "基数不实, 灵活就业人员参保, 基金支出 违规支付 与 待遇核定不严): an eleven-column table printed on TWO PAGES ACROSS "
        "and turned back from the PDF into one sheet a page: ``第1页`` = title, ``填报单位（盖章）：…　填报时间：2025年6月``, "
        "``序号 | 股室 | 岗位 | 姓名 | 经办环节 | 廉政风险点 | 风险类型`` (股室 merged, 岗位 and 姓名 merged per person, "
        "``…风险`` types, NO level), a ``填表人： | 审核人：`` row; ``第2页`` = the same title and 填报 line, "
        "``序号 | 风险等级 | 防控措施 | 监督股室 | 完成时限`` (高/中/低, ``长期坚持`` merged down, NO point text), a "
        "``主任（签字）：`` row; each page ends with ``第 N 页　共 2 页``; the halves of a row are joined only by 序号",
        [left, right], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def anzhou_xiushui_school_canteen_list() -> dict:
    unit = f"{PLACE}秀水中学"
    sh = _Sheet("一览表", [6, 10, 10, 36, 10, 8, 36, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表（校园餐）", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 8)
    sh.add("序号", "处室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施", "责任人")
    rows = [
        ("校级领导", "校长", "蔺澍淇", "leader", [
            ("临近退休与配餐企业续签长期合同", "制度机制", "高", "配餐合同期限不超过三年，续签经校务会和家长委员会审议。"),
            ("与配餐企业约定按餐次收取回扣", "思想道德", "高", "餐费构成公开，餐费收支每月公示。"),
        ]),
        ("校级领导", "副校长", "亢蕖岫", "leader", [
            ("膳食委员会形同虚设，家长陪餐流于形式", "岗位职责", "中", "膳食委员会每月例会，陪餐记录和意见公开。"),
        ]),
        ("总务处", "主任", "帅砚汀", "middle", [
            ("食材供应商遴选不公开，指定供应商", "外部环境", "高", "大宗食材公开招标，结果校内公示。"),
            ("伙食费结余挪作他用", "业务流程", "中", "伙食费专户核算，结余全部用于改善伙食。"),
        ]),
        ("食堂", "主任", "琴沣霈", "middle", [
            ("与供应商串通虚增采购数量", "业务流程", "高", "采购数量按就餐人数核定，出入库日清日结。"),
            ("截留学生餐优质肉品自用或倒卖", "思想道德", "中", "明厨亮灶全程监控，出库记录双人签字。"),
        ]),
        ("食堂", "验收员", "牟峤蘩", "general", [
            ("食材验收把关不严，短斤少两、以次充好", "岗位职责", "中", "验收照片当日上传，家长代表不定期参与验收。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, typ, lv, measures, who)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 7)
    sh.add("填表人：", None, None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "anzhou_xiushui_school_canteen_list", "http://3g.qingjuwang.com.cn/gd/38708.html",
        "区中学 岗位廉政风险防控一览表（校园餐）, after the source's 校园餐 腐败 (按餐次回扣, 临退休续签长约, 饭堂主任 串通): a "
        "title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, 序号/处室 merged (校级领导, 总务处, 食堂)/岗位 merged "
        "per person/廉政风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/a LAST ``责任人`` merged per person; a "
        "填表人/审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def anzhou_huagai_primary_posts() -> dict:
    unit = f"{PLACE}花荄小学"
    sh = _Sheet("排查表", [6, 10, 12, 14, 38, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险环节", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "leader", "校服选用", "未建立校服选用组织，个人确定校服款式和供应商", "一级",
         "校服选用组织由家长委员会牵头，家长代表不少于半数。"),
        ("校长室", "校长", "leader", "校服款式更换", "随意频繁更换校服款式、增加校服种类", "二级",
         "更换款式须三分之二以上家长同意，三年内不更换。"),
        ("教导处", "教导主任", "middle", "教辅征订", "违反“一科一辅”原则，擅自扩大教辅征订范围", "一级",
         "征订目录公示，学生和家长自愿选购。"),
        ("教导处", "教导主任", "middle", "教辅推荐", "通过家长委员会变相摊派购买教辅", "二级",
         "严禁教师推荐、代购教辅，公布举报电话。"),
        ("教导处", "班主任", "general", "代购代销", "以班级名义代购代销校服、教辅收取好处", "三级",
         "班主任签订不代购代销承诺书。"),
        ("总务处", "总务主任", "middle", "校服采购", "规避招标，设置排他性条款指定校服供应商", "一级",
         "校服采购进入公共资源交易平台，采购结果公示。"),
        ("总务处", "总务主任", "middle", "履约验收", "校服履约验收缺失，质价不符", "二级",
         "每批次抽样送检，验收结果向家长公示。"),
        ("财务室", "报账员", "general", "代收费管理", "校服款收取不开具票据，存入个人账户", "二级",
         "校服款按代收费管理，统一使用票据，学期末结算。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, step, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, step, point, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    _line(sh, "注：风险等级分为一级、二级、三级，一级为高风险，二级为中风险，三级为低风险。", 7)
    sh.add("编制：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "anzhou_huagai_primary_posts", "https://jyt.nx.gov.cn/xwdt/tzgg/202504/t20250415_4881436.html",
        "区小学 廉政风险点排查表 对岗不对人, after the source's 教育厅 公告 on 教辅征订 and 校服采购 (一科一辅, 家委会 变相摊派, "
        "履约验收, 频繁更换款式, 排他性条款, 代购代销): a title, then 序号/部门 merged (校长室, 教导处, 总务处, 财务室)/岗位 "
        "merged per post/a short ``风险环节``/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no names, no type column; a "
        "merged ``注：`` line and an ``编制：办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def anzhou_sangzao_clinic_selfchecks() -> dict:
    unit = f"{PLACE}桑枣镇中心卫生院"
    t = _Truth(unit)
    people = [
        ("院长", "宓昀筠", "院领导", "院长", "leader", [
            ("药品耗材采购中接受供应商回扣", "外部环境风险", "高风险", "药品耗材全部网上集中采购，院领导不直接经办采购。", "已落实"),
            ("基建维修项目化整为零规避招标", "制度机制风险", "高风险", "限额以上项目进入公共资源交易平台。", "未发现问题"),
            ("绩效工资分配不经职工代表审议", "制度机制风险", "中风险", "分配方案经职工代表大会审议并公示。", "已整改"),
        ]),
        ("药房主任", "鞠霂淇", "药房", "主任", "middle", [
            ("违规向医药代表提供处方用药统计", "岗位职责风险", "高风险", "处方数据查询权限专人管理，查询留痕。", "已落实"),
            ("药品验收入库不核对，账实不符", "业务流程风险", "中风险", "药品每月盘点，账物核对。", "已落实"),
            ("近效期药品处置不履行报批", "业务流程风险", "低风险", "药品报损经院务会审批。", "未发现问题"),
        ]),
        ("公卫专干", "佘葳珏", "公共卫生科", "公卫专干", "general", [
            ("虚报基本公共卫生服务工作量套取补助", "思想道德风险", "高风险", "服务记录随机电话回访，工作量与系统数据比对。", "已落实"),
            ("家庭医生签约服务只签约不履约", "岗位职责风险", "低风险", "签约居民随访记录每季度抽查。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, tier, points in people:
        sh = _Sheet(tab, [6, 36, 14, 10, 36, 12])
        _line(sh, f"{unit}岗位廉洁风险自查表", 6)
        sh.add("姓　名", who, "科　室", dept, "岗　位", post)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("自查人（签名）：", None, "院长审核：", None, "2025年7月", None)
        sheets.append(sh)
    return _layout(
        "anzhou_sangzao_clinic_selfchecks", "http://bid.caigoupt.com/info-250701480.html",
        "镇中心卫生院 岗位廉洁风险自查表, one sheet a person (tabs named by the post: 院长, 药房主任, 公卫专干), after the "
        "source's 区 医疗领域 群众身边腐败和作风问题 专项整治 督导 (招投标采购, 药品回扣, 自检自查, 制度规范, 清廉医院): a title, "
        "``姓　名 | … | 科　室 | … | 岗　位 | …`` in pairs, then 序号/风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``自查情况`` (已落实, 已整改, 未发现问题); a blank row and ``自查人（签名）： | 院长审核： | 2025年7月``",
        sheets, t,
    )  # fmt: skip


def anzhou_cdc_cards() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    cards = [
        ("主任", "逄旻镛", "主任", "中心领导", "主持全面工作，分管财务、疫苗采购", "leader", [
            ("非免疫规划疫苗品种和供应商遴选暗箱操作", "★★★", "遴选采用无记名投票，结果公示七天。"),
            ("应急物资储备采购不经集体研究", "★★", "应急物资采购集体研究，验收入库双人签字。"),
            ("干部选拔和职称推荐优亲厚友", "★★", "推荐条件和结果公示，接受职工监督。"),
        ]),
        ("免疫规划科", "谯瑀澜", "科长", "免疫规划科", "疫苗管理、预防接种指导", "middle", [
            ("疫苗出入库和冷链记录不实", "★★★", "疫苗出入库扫码追溯，每月盘点。"),
            ("向接种单位违规加价配送疫苗", "★★", "配送价格公示，费用统一结算。"),
            ("接受疫苗生产企业宴请和礼品", "★", "节前廉洁提醒，拒收登记。"),
        ]),
        ("检验检测科", "嵇泠荇", "检验员", "检验检测科", "公共场所卫生、饮用水检测", "general", [
            ("公共场所卫生检测数据弄虚作假", "★★★", "检测原始记录不得涂改，报告双人复核。"),
            ("向受检单位透露检测结果收取好处", "★★", "检测报告统一发放，结果保密。"),
            ("检测试剂耗材领用不登记", "★", "试剂耗材领用登记，月底对账。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, work, tier, points in cards:
        sh = _Sheet(tab, [8, 36, 10, 34])
        _line(sh, f"{unit}廉政风险防控卡", 4)
        sh.add("持卡人", who, "职　务", post)
        sh.add("所在科室", dept, "工作职责", work)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(points, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, dept, post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人签字：", None, "2025年4月", None)
        sheets.append(sh)
    return _layout(
        "anzhou_cdc_cards", "http://bbs.smxe.cn/jxfw/202505/87837.html",
        "区疾病预防控制中心 廉政风险防控卡, one sheet a holder (tabs 主任, 免疫规划科, 检验检测科), after the source's 疾控中心"
        "工作职责 (传染病监测, 应急预案, 疫苗接种, 饮用水, 公共场所卫生检查): a title, ``持卡人 | … | 职　务 | …`` and "
        "``所在科室 | … | 工作职责 | …``, then 序号/风险点/风险等级 ``★★★/★★/★``/防控措施; no type column; a merged "
        "``注：`` line on the stars and ``持卡人签字： | 2025年4月``",
        sheets, t,
    )  # fmt: skip


def anzhou_library_duty_list() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("责任清单", [6, 10, 8, 16, 36, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 8)
    sh.add("序号", "部室", "岗位", "职责事项", "廉政风险点", "风险等级", "防控措施", "责任人")
    rows = [
        ("馆领导", "馆长", "阚缃屹", "leader", "文献资源采购", "图书采购设置倾向性条件，收受书商回扣", "Ⅰ级",
         "采购项目进入政府采购平台，采购书目集体审定。"),
        ("馆领导", "馆长", "阚缃屹", "leader", "馆舍出租", "闲置馆舍出租收入不入账", "Ⅰ级",
         "出租收入全额缴入财政专户。"),
        ("馆领导", "副馆长", "眭霁苒", "leader", "总分馆建设", "分馆和农家书屋配送设备验收不严", "Ⅱ级",
         "配送清单逐项签收，验收资料存档。"),
        ("采编部", "主任", "荀篁溦", "middle", "图书验收", "到馆图书与采购清单不符仍签字验收", "Ⅱ级",
         "逐批核对书目和数量，双人签字。"),
        ("采编部", "采编员", "貊翯岷", "general", "购书发票审核", "虚开购书发票、虚增采购项目", "Ⅰ级",
         "发票与入藏记录逐条比对。"),
        ("流通部", "主任", "冀骐湄", "middle", "读者押金管理", "读者证押金收取不开票、不入账", "Ⅱ级",
         "押金统一线上收退，每月对账。"),
        ("流通部", "主任", "冀骐湄", "middle", "阅读推广活动", "截留阅读推广活动奖品", "Ⅲ级",
         "获奖名单和奖品公示，领取签字。"),
        ("办公室", "会计", "鄂绛芃", "general", "免费开放经费", "免费开放补助资金挤占挪用", "Ⅱ级",
         "补助资金专款专用，年度审计。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    sh.add()
    sh.add("填报人：", None, "审核人：", None, None, "馆长：", None, None)
    return _layout(
        "anzhou_library_duty_list", "https://m.fx361.cc/news/2015/0323/3022704.html",
        "区图书馆 廉政风险防控责任清单, after the source's 高校图书馆 党风廉政建设 风险点排查 (资金使用安全, 项目建设安全, 干部"
        "成长安全): a title, then 序号/部室/岗位 written on EVERY row (no merges)/``职责事项``/廉政风险点/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a LAST ``责任人``; no type column; a blank row and a 填报人/审核人/馆长 line",
        [sh], t,
    )  # fmt: skip


def anzhou_peoples_hospital_two_sheets() -> dict:
    unit = f"{PLACE}人民医院"
    t = _Truth(unit)
    lead = _Sheet("院领导", [6, 10, 8, 16, 34, 10, 10, 32])
    _line(lead, f"{unit}院领导廉洁风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
    leaders = [
        ("濮璟峣", "院长", "主持全面工作，分管人事、财务", [
            ("大型医用设备购置不经党委会集体研究", "制度机制", "一级风险", "设备购置论证报告提交党委会审议。"),
            ("选人用人搞“一言堂”", "思想道德", "一级风险", "干部选拔全程纪实，任前公示。"),
        ]),
        ("盍湛昫", "副院长", "分管医务、医保、科研", [
            ("放任过度医疗、滥检查套取医保基金", "岗位职责", "二级风险", "医保智能审核全覆盖，疑点病历每月通报。"),
            ("科研经费使用审批把关不严", "业务流程", "二级风险", "科研经费专账核算，支出凭证三级审核。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, "院领导", post, who, "leader", point, types_in(typ), RISKS[lv])
    _per_person(lead, first, None, 1, 2, 3)
    dept = _Sheet("职能科室", [6, 10, 10, 10, 34, 10, 10, 32])
    _line(dept, f"{unit}职能科室廉洁风险防控表", 8)
    dept.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("设备科", "科长", "钭蔚翀", "middle", [
            ("设备采购参数设置倾向特定品牌", "外部环境", "一级风险", "参数经使用科室、设备科、纪检三方论证。"),
            ("设备验收走过场，以次充好", "业务流程", "二级风险", "验收小组三人以上，验收报告附影像。"),
        ]),
        ("药剂科", "科主任", "厉苡澄", "middle", [
            ("药品耗材遴选中收受回扣", "外部环境", "一级风险", "遴选经药事委员会无记名投票。"),
        ]),
        ("基建办", "主任", "衡沄堃", "middle", [
            ("工程项目现场签证虚增工程量", "业务流程", "一级风险", "签证经监理、跟踪审计、基建办三方会签。"),
        ]),
        ("医务科", "科长", "檀熠蘋", "middle", [
            ("医疗纠纷处理偏袒一方、私下赔付", "岗位职责", "三级风险", "赔付方案经院务会研究，第三方调解。"),
        ]),
        ("收费处", "收费员", "弓溟瑗", "general", [
            ("分解收费、超标准收费", "业务流程", "二级风险", "收费项目系统控制，每月抽查病历费用。"),
            ("收取现金不入账", "思想道德", "三级风险", "现金日清日结，票据连号使用。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "院纪委书记（签字）：", None, None)
    return _layout(
        "anzhou_peoples_hospital_two_sheets", "http://m.lyruiju.cn/NewsInfo.aspx?NewsID=7343",
        "区人民医院 廉洁风险防控表 in two sheets, after the source's 区委 医疗卫生领域 专项巡察 of a 中心医院 (选人用人, 工程项目"
        "建设, 大型医疗设备采购, 药品耗材采购, 医保专项资金, 过度医疗, 滥检查, 乱收费): ``院领导`` (title ``…院领导…``, 姓名/"
        "职务/分管工作 merged per person) and ``职能科室`` (科室 merged, 岗位 and 姓名 merged per person); short types, "
        "``一级风险/二级风险/三级风险``; a 填表人/审核人/院纪委书记（签字） line",
        [lead, dept], t,
    )  # fmt: skip


def anzhou_tcm_hospital_group_rows() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("防控表", [6, 10, 10, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控表", 8)
    sh.add("序号", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "鄞菡崧", "leader", [
                ("中药饮片供应商选择", "插手中药饮片供应商选择，收受好处", "外部环境风险", "Ⅰ", "供应商遴选集体研究，院长不参与评审。"),
                ("问题线索处置", "对医疗“三监管”平台推送的问题线索不处置", "岗位职责风险", "Ⅱ", "问题线索登记台账，按月报告处置情况。"),
            ]),
        ]),
        ("二、医务科", "医务科", [
            ("科长", "荆岫漪", "middle", [
                ("处方点评", "处方点评走过场，对大处方不通报", "岗位职责风险", "Ⅱ", "处方点评结果每月全院通报。"),
                ("医疗纠纷赔偿", "医疗纠纷赔偿金额不经集体研究", "制度机制风险", "Ⅱ", "赔偿金额经院务会集体研究。"),
            ]),
        ]),
        ("三、药剂科", "药剂科", [
            ("科主任", "沃翊菁", "middle", [
                ("中药饮片验收", "中药饮片以次充好，验收放行", "业务流程风险", "Ⅰ", "饮片抽样送检，验收双人签字。"),
            ]),
            ("调剂员", "暨鹓澈", "general", [
                ("用药量统计", "私自向医药代表提供用药量", "思想道德风险", "Ⅰ", "信息系统统计权限分级，查询留痕。"),
                ("处方调剂", "调剂中以贵换廉、多计数量", "业务流程风险", "Ⅲ", "调剂复核，处方每日抽查。"),
            ]),
        ]),
        ("四、财务科", "财务科", [
            ("会计", "郇漱珂", "general", [
                ("医保结算", "串换项目、虚记费用套取医保基金", "业务流程风险", "Ⅰ", "医保结算数据每月自查，疑点逐条核实。"),
                ("票据管理", "收费票据领用核销不严", "制度机制风险", "Ⅲ", "票据领用登记，按月核销。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 8)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, desc, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, desc, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
        _per_person(sh, first, None, 1, 2)
    _line(sh, "注：风险等级Ⅰ为高、Ⅱ为中、Ⅲ为低。", 8)
    sh.add("制表：院纪检监察室", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "anzhou_tcm_hospital_group_rows", "http://m.lbjssb.cn/yyxx/yiyuandongtai/2020-06-22/5924.html",
        "区中医医院 廉洁风险防控表, after the source's 派驻纪检监察组 at a 人民医院 (医疗三监管平台 问题线索处置, 行业突出问题 "
        "专项整治): a title, 序号/岗位/姓名/a short 风险点/a long 风险描述/风险类型 ``…风险``/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施 "
        "under GROUP ROWS ``一、院领导`` … ``四、财务科`` merged across (no 科室 column); 岗位 and 姓名 merged per person; a "
        "``注：`` line and a ``制表：院纪检监察室 | 审核： | 2025年8月`` line",
        [sh], t,
    )  # fmt: skip


def anzhou_vocational_school_list() -> dict:
    unit = f"{PLACE}职业高级中学"
    sh = _Sheet("清单", [6, 12, 8, 10, 36, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控清单", 8)
    sh.add("序号", "处室", "岗位", "责任人", "风险点", "风险等级", "防控措施", "分管领导")
    first_deputy, second_deputy = "殷墉绮", "蒲箐泓"
    rows = [
        ("校级领导", "校长", "储霈桢", "leader", "/", [
            ("夸大就业率、升学率虚假宣传招生", "高", "招生简章报县教育局审核后发布。"),
        ]),
        ("招生就业处", "主任", "敖蔓翮", "middle", first_deputy, [
            ("聘请中介组织生源、支付生源费", "高", "严禁有偿招生，招生经费支出公开。"),
            ("录取不符合条件的学生", "中", "录取名单公示，接受监督。"),
        ]),
        ("招生就业处", "干事", "佴泓屹", "general", first_deputy, [
            ("向实习学生收取实习管理费", "高", "实习协议三方签订，严禁收取实习费用。"),
        ]),
        ("实训处", "主任", "竺沚岑", "middle", first_deputy, [
            ("实训耗材采购虚报数量", "中", "耗材按实训计划采购，领用登记。"),
        ]),
        ("财务室", "出纳", "浦澜翊", "general", second_deputy, [
            ("国家助学金发放虚报冒领", "高", "资助名单公示五个工作日，资金直接打卡。"),
            ("超标准收取住宿费、教材费", "低", "收费项目和标准公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, boss, points in rows:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, lv, measures, boss)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _merge_down(sh, first, [(7, lambda row: row[7])])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年10月", None)
    return _layout(
        "anzhou_vocational_school_list",
        "https://www.21xqjy.com/archive/qing-cha-zhong-zhi-xue-xiao-wei-gui-xing-wei-ru-he-bao-zhang-xue-sheng-quan-yi-yu-jiao-yu-gong-ping.html",
        "区职业高级中学 廉政风险防控清单, after the source's 中职学校 违规行为 清查 (虚假宣传 招生欺诈, 乱收费, 实习管理 不规范): "
        "a title, then 序号/处室 merged (校级领导, 招生就业处, 实训处, 财务室)/岗位 and ``责任人`` merged per person/风险点/风险等级 "
        "高/中/低/防控措施/a LAST ``分管领导`` merged down, naming the 副校长 over several 处室 (``/`` for the 校级领导's row); "
        "no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    anzhou_social_insurance_two_pages(),
    anzhou_xiushui_school_canteen_list(),
    anzhou_huagai_primary_posts(),
    anzhou_sangzao_clinic_selfchecks(),
    anzhou_cdc_cards(),
    anzhou_library_duty_list(),
    anzhou_peoples_hospital_two_sheets(),
    anzhou_tcm_hospital_group_rows(),
    anzhou_vocational_school_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch283-inbox"))
