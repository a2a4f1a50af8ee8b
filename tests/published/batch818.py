"""The eight-hundred-and-eighteenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 信访
(letters-and-visits) bodies, 宁都县 (of 赣州市, 江西省) — its 信访局, 人民来访接待中心, 网上信访办公室,
信访事项复查复核办公室 and its 镇 信访办 (梅江镇, 青塘镇, 长胜镇, 黄陂镇) — each handing back the 一览表,
防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 信访局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and ``股室``
  (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 网上信访办公室's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, 高/中/低; no names;
- the 复查复核办公室's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 梅江镇信访办's 清单 under GROUP ROWS ``一、镇领导`` … merged across (no 科室 column), ``岗位 | 姓名``
  merged per person, ``一级风险/二级风险/三级风险``;
- the 青塘镇信访办's 防控卡, one sheet a person: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 长胜镇信访办's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 黄陂镇综治信访中心's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``ningdu_visits_reception_post_in_sentence``: the 人民来访接待中心's 廉政风险点排查表 with NO 科室, 岗位 or
  姓名 column (``序号 | 工作环节 | 廉政风险点 | 风险等级 | 防控措施``); each point is a sentence whose
  GRAMMATICAL SUBJECT is the post that carries it (``登记员在来访登记时选择性登记…``, ``副主任在交办时随意
  改变承办单位…``), with no colon, dash or bracket setting the post apart, and under the list a
  ``附：中心人员名单`` (``序号 | 职务 | 姓名``) names the one person in each post; a ``注：`` line says
  each point is guarded by the post it names. The README's 读得懂的表 knows a post or holder before
  a COLON (``保管员：…``, ``院长某某：…``), after a DASH, in a labelled bracket, as a ``【…】`` prefix, a
  ``@`` mention, codes and marks keyed by a legend, an ``适用人员`` cell of posts resolved by a
  ``职务 | 姓名`` roster and points naming EQUIPMENT keyed to a keeper register; it does not describe
  points whose own sentence names the post as its subject, resolved by a roster of posts.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 纪委 信访室 and 举报中心 — 来信
分拣, 条形码, 信访举报系统, 涉密场所; the 2021 国家信访局 新规定; a 市级机关 信访投诉件办理流程图; the
北京市信访条例 — 受理, 办理, 答复, 复查复核; a page on the 信访格局; a book on 信访改革 — 销号, 登记量,
考核指标; a 问题线索管理办法; a 县纪委监委 on 信访举报 受理范围 and 工作流程 — 受理登记, 办理处理) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 隗 and 蔚 with rare given names); every unit
is a body of 宁都县.

Run ``python tests/published/score.py --set batch818`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each point belongs to the post its sentence names as subject and to the one
  person the ``附：中心人员名单`` gives for that post; the point is the whole sentence as typed (the
  post's name stays in it); no 科室 (the list names none); ``工作环节`` is no 科室 and no holder; the
  roster, its caption, the ``注：`` line and the 填表/审核 line are no points;
- ``局领导``, ``镇领导``, ``办领导`` (a sheet, a group row, a 科室 cell) are the 科室 of those leaders; the
  信访局's leaders (sheet ``局领导``, no 科室 column) and the cards' people have no 科室 unless the
  card names one; a 局's 股 and a 中心's 组 are 科室;
- every 信访 body is a unit of its own: 局长, 副局长, the head of a 中心 or 办 (主任, 副主任) and a
  镇's 分管副镇长 are leaders; 股长, the 局's 办公室 主任 and a 组 leader (组长) middle; the rest (接待员, 登记员, 受理员, 办事员, 信访专干, 网格员) general;
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

PREFIX = "b818_"
PLACE = "宁都县"
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

# the 中心人员名单: (职务, 姓名, tier)
STAFF = [("主任", "隗翥琛", "leader"), ("副主任", "蔚湝岍", "leader"),
         ("接待员", "隗甯璆", "general"), ("登记员", "蔚琭滢", "general")]  # fmt: skip

# (工作环节, 廉政风险点 — its subject the post, the post, 风险等级, 防控措施)
SENTENCES = [
    ("来访登记", "登记员在来访登记时选择性登记，对反映本单位干部的诉求不录入信访信息系统", "登记员", "高",
     "来访事项当场录入系统，登记单由来访人签字确认。"),
    ("来访登记", "登记员将来访人姓名、住址等信息透露给被反映对象", "登记员", "高",
     "来访信息按涉密管理，查阅登记留痕。"),
    ("接谈受理", "接待员收受来访人财物，为其诉求违规出具受理告知书", "接待员", "中",
     "受理告知书经副主任审核后出具，接谈全程录音录像。"),
    ("接谈受理", "接待员对群众诉求推诿敷衍，应当受理的不予受理", "接待员", "中",
     "不予受理事项说明理由，每周抽查接谈记录。"),
    ("交办转送", "副主任在交办时随意改变承办单位，为关系人打招呼", "副主任", "高",
     "交办单位按“属地管理、分级负责”确定，改变交办须集体研究。"),
    ("交办转送", "副主任授意压减、注销信访登记数据，以“销号”换取考核排名", "副主任", "高",
     "信访数据只能由系统生成，注销事项报县信访局备案。"),
    ("督办回访", "主任对超期未办结事项督办不力，回访满意度弄虚作假", "主任", "中",
     "超期事项每周通报，回访由第三方随机抽取。"),
    ("督办回访", "主任接受承办单位宴请，降低办结质量要求", "主任", "低",
     "严格执行中央八项规定精神，节前廉洁提醒。"),
]  # fmt: skip


def ningdu_visits_reception_post_in_sentence() -> dict:
    unit = f"{PLACE}人民来访接待中心"
    sh = _Sheet("排查表", [6, 12, 46, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 5)
    _line(sh, f"填报单位：{unit}{GAP * 16}填报时间：2025年6月", 5)
    sh.add("序号", "工作环节", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for i, (stage, point, _post, lv, measures) in enumerate(SENTENCES, 1):
        sh.add(i, stage, point, lv, measures)
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "注：各风险点由句中所述岗位的工作人员负责防控，风险等级分高、中、低三级。", 5)
    sh.add()
    sh.add("附：中心人员名单", None, None, None, None)
    sh.add("序号", "职务", "姓名", None, None)
    for i, (post, who, _tier) in enumerate(STAFF, 1):
        sh.add(i, post, who, None, None)
    sh.add()
    sh.add("填表：", None, "审核：", None, "2025年6月")
    tiers = {post: (who, tier) for post, who, tier in STAFF}
    for post, _who, _tier in STAFF:
        who, tier = tiers[post]
        for _stage, point, p, lv, _measures in SENTENCES:
            if p == post:
                t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    return _layout(
        "ningdu_visits_reception_post_in_sentence", "https://icbw.com.cn/forum.php?mod=viewthread&tid=23297",
        "(harder) 县人民来访接待中心 廉政风险点排查表, after the source's 纪委 信访室 and 举报中心 (来信分拣, 条形码, 信访举报系统, "
        "涉密场所, 防止举报信息泄露): a title, a 填报单位/填报时间 line, ``序号 | 工作环节 | 廉政风险点 | 风险等级 | 防控措施`` "
        "with NO 科室, 岗位 or 姓名 column; each point a sentence whose SUBJECT is the post that carries it (``登记员在来访"
        "登记时…``, ``副主任在交办时…``), no colon, dash or bracket; 工作环节 merged; 高/中/低; a ``注：`` line saying each "
        "point is guarded by the post it names; under it ``附：中心人员名单`` ``序号 | 职务 | 姓名`` one person a post; "
        "a 填表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ningdu_petition_bureau_two_sheets() -> dict:
    unit = f"{PLACE}信访局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("隗曜岑", "局长", "主持全面工作", [
            ("信访积案化解资金使用审批不经集体研究", "一级", "化解资金使用方案经局务会研究，报县财政局备案。"),
            ("为他人进京赴省非访“销号”说情打招呼", "一级", "非访处置一律按程序办理，过程留痕备查。"),
        ]),
        ("蔚翾棣", "副局长", "分管督查、复查复核", [
            ("信访督查通报避重就轻，包庇承办单位", "二级", "督查通报经局务会审定后印发。"),
            ("复查复核意见受人情干扰", "一级", "复查复核实行合议，意见书集体审签。"),
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
        ("信访督查股", "股长", "隗沨玙", "middle", "对超期信访事项不催办、不通报", "二级", "超期事项系统自动预警，每月通报。"),
        ("信访督查股", "股长", "隗沨玙", "middle", "接受被督查单位宴请和礼品", "三级", "督查实行两人以上同行，签订廉洁承诺。"),
        ("信访督查股", "办事员", "蔚岵琮", "general", "督查台账记录不实，漏登重复信访", "三级", "台账与系统数据每周核对。"),
        ("办公室", "主任", "隗珣迺", "middle", "信访维稳经费报销把关不严", "一级", "经费报销实行经办、审核、审批三签。"),
        ("办公室", "主任", "隗珣迺", "middle", "公务接待超标准", "二级", "公务接待凭公函，清单公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年5月", None)
    return _layout(
        "ningdu_petition_bureau_two_sheets", "http://fengdujob.net/go/2021年国家信访局新规定.html",
        "县信访局 廉政风险防控一览表 in TWO SHEETS, after the source's 2021 国家信访局 新规定 (信访工作 领导责任, 督查督办, "
        "复查复核): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and 岗位/姓名 "
        "merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def ningdu_online_petition_office_posts() -> dict:
    unit = f"{PLACE}网上信访办公室"
    sh = _Sheet("排查表", [6, 12, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "主任", "leader", "网上信访事项转送交办随意，不按属地和职能确定", "制度机制风险", "高",
         "转送交办规则上墙，系统自动匹配承办单位。"),
        ("受理组", "组长", "middle", "对网上投诉件不予受理不说明理由", "岗位职责风险", "中",
         "不予受理一律书面告知，组长每日抽查。"),
        ("受理组", "受理员", "general", "擅自删除、屏蔽网上信访件", "业务流程风险", "高",
         "删除权限收归系统管理员，操作日志留存。"),
        ("受理组", "受理员", "general", "向被投诉人泄露投诉人信息", "思想道德风险", "高",
         "投诉人信息脱敏显示，泄密追责。"),
        ("回访组", "组长", "middle", "满意度评价代评、刷评", "业务流程风险", "中",
         "评价由信访人本人在平台完成，异常评价核查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "ningdu_online_petition_office_posts", "https://abg.baidu.com/tags/zlilznv37k45rugfw7b43nwl366p5mhmydw4d55tztg3y13",
        "县网上信访办公室 岗位廉政风险点排查表 对岗不对人, after the source's 市级机关 信访投诉件办理流程图 (受理, 转送交办, "
        "办理, 回复, 评价): a title, 序号/科室 merged/岗位 merged per post/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def ningdu_review_office_selfchecks() -> dict:
    unit = f"{PLACE}信访事项复查复核办公室"
    t = _Truth(unit)
    people = [
        ("隗璟岫", "办领导", "主任", "leader", [
            ("复核意见书签发前不经合议", "Ⅰ级", "复核事项一律三人以上合议，合议记录存档。", "已落实"),
            ("对申请人的复查复核请求超期不答复", "Ⅱ级", "复核期限台账管理，到期前五日提醒。", "未发现问题"),
        ]),
        ("蔚瑆泠", "复核组", "办事员", "general", [
            ("调查核实只听承办单位一面之词", "Ⅰ级", "调查核实须当面听取申请人陈述。", "已落实"),
            ("复核卷宗材料缺失、私自抽换", "Ⅲ级", "卷宗编页装订，借阅登记。", "已落实"),
        ]),
        ("隗砚沄", "复核组", "办事员", "general", [
            ("听证参加人员选定有倾向性", "Ⅱ级", "听证员从听证员库中随机抽取。", "未发现问题"),
            ("向申请人索要材料费、咨询费", "Ⅲ级", "复查复核不收取任何费用，收费项目公开。", "已落实"),
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
        "ningdu_review_office_selfchecks", "https://newton.com.tw/wiki/%E5%8C%97%E4%BA%AC%E5%B8%82%E4%BF%A1%E8%A8%AA%E6%A2%9D%E4%BE%8B/2824097",
        "县信访事项复查复核办公室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 北京市"
        "信访条例 (信访事项 受理, 办理, 答复, 复查, 复核, 听证): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def ningdu_meijiang_group_rows() -> dict:
    unit = f"{PLACE}梅江镇信访办公室"
    sh = _Sheet("责任清单", [6, 12, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("分管副镇长", "蔚珝峤", "leader", [
                ("信访积案包案化解走过场，以钱买平安", "一级风险", "包案化解方案经镇党委会研究，化解资金专账管理。"),
            ]),
        ]),
        ("二、信访办", "信访办", [
            ("主任", "隗澔琬", "leader", [
                ("矛盾纠纷排查漏报、瞒报", "二级风险", "排查结果每月报县信访局，瞒报追责。"),
                ("信访事项办理答复意见书代签、后补", "二级风险", "答复意见书当面送达，送达回证存档。"),
            ]),
            ("信访专干", "蔚岚翕", "general", [
                ("来访登记信息录入不全", "三级风险", "登记信息逐项核对，双人录入。"),
                ("接受信访人吃请、礼品", "二级风险", "签订廉洁承诺书，违者通报。"),
            ]),
        ]),
        ("三、网格工作站", "网格工作站", [
            ("网格员", "隗琰澂", "general", [
                ("走访群众不实，信访苗头隐瞒不报", "三级风险", "走访记录附照片，镇信访办抽查。"),
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
        "ningdu_meijiang_group_rows", "https://www.zhetiaohe.com/ss/dda313be8c56aad6c622a48a02ed5b0d81ac2f5e5429a5aa.html",
        "县镇信访办 廉政风险防控责任清单, after the source's page on the 信访格局 (属地管理, 分级负责, 矛盾纠纷 排查化解): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、镇领导``, ``二、信访办``, ``三、网格工作站`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def ningdu_qingtang_cards() -> dict:
    unit = f"{PLACE}青塘镇信访办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "蔚淏岷", "主任", "主持镇信访办工作", "leader", [
            ("信访事项办结率、满意率数据造假", "★★★", "办结数据以系统为准，不得手工修改。"),
            ("劝返、接返工作中违规使用经费", "★★", "接返经费实报实销，凭票据报账。"),
            ("对重复信访人员搞“花钱买平安”", "★★★", "救助资金按程序申报，集体研究。"),
        ]),
        ("信访专干", "隗峣珮", "信访专干", "来访接待、登记、录入", "general", [
            ("信访件转办不及时，延误办理时限", "★★", "转办时限台账管理，超时预警。"),
            ("私自接受信访人委托代写材料收费", "★", "严禁代写收费，公开监督电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("主要职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "ningdu_qingtang_cards", "https://www.cread.tw/book/389996/39145112_2.html",
        "县镇信访办 岗位廉政风险防控卡, one sheet a person, after the source's book chapter on 信访改革 (登记量, 销号, 考核"
        "指标, 花钱买平安): a title, ``姓　名 | … | 职　务 | …`` and a merged 主要职责 line, then 序号/风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def ningdu_changsheng_list() -> dict:
    unit = f"{PLACE}长胜镇信访办公室"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "分管副镇长", "蔚璘沅", "leader", "问题线索处置不按规定移送，压案不查", "制度机制", "高风险",
         "问题线索统一登记，移送情况每季度报镇纪委。"),
        ("信访办", "主任", "隗湜琨", "leader", "对反映村干部的信访件先行透露给被反映人", "思想道德", "高风险",
         "信访件实行专人专柜保管，阅办登记。"),
        ("信访办", "主任", "隗湜琨", "leader", "信访事项答复不规范，答复内容与调查不符", "岗位职责", "中风险",
         "答复意见书经分管领导审签。"),
        ("信访办", "信访专干", "蔚琤岢", "general", "来信分拣、登记不及时，信件积压", "业务流程", "中风险",
         "来信当日拆封登记，每周清理。"),
        ("综治中心", "调解员", "蔚珵翯", "general", "调解中偏袒一方，收受当事人好处", "思想道德", "中风险",
         "调解实行两人以上参与，协议当场宣读。"),
        ("综治中心", "调解员", "蔚珵翯", "general", "调解协议书格式不规范，履行不跟踪", "业务流程", "低风险",
         "协议书使用统一文本，履行情况回访。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "镇长（签字）：", None, None)
    return _layout(
        "ningdu_changsheng_list", "https://www.zhetiaohe.com/ss/0659cf3bb3f4183b99dfa6e5993f5394a33e01c84c9c152a226474d833f6d19367058a7750cec7d0cdda11823f63e1d1.html",
        "县镇信访办 岗位廉政风险防控一览表, after the source's 问题线索管理办法 (线索登记, 移送, 处置, 保密): ``附件3``, a title, "
        "a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short "
        "names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/镇长（签字） line",
        [sh], t,
    )  # fmt: skip


def ningdu_huangpi_register() -> dict:
    unit = f"{PLACE}黄陂镇综治信访中心"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "隗岍璐", "leader", [
            ("信访举报受理范围把关不严，越权处理", "制度机制", "一级", "受理范围公示，越权事项及时转送。"),
            ("信访维稳工作经费审批不规范", "业务流程", "二级", "经费审批经中心会议研究。"),
        ]),
        ("受理登记组", "组长", "蔚澈琚", "middle", [
            ("来访接谈记录不完整，重要情况漏记", "岗位职责", "二级", "接谈记录由来访人签字确认。"),
        ]),
        ("受理登记组", "办事员", "隗翊岙", "general", [
            ("私自拆阅、扣压群众来信", "思想道德", "一级", "来信拆封两人在场，登记编号。"),
            ("网络举报下载、导入处理系统不及时", "业务流程", "三级", "网络举报每日下载导入。"),
        ]),
        ("办理处理组", "办事员", "蔚沄琊", "general", [
            ("办理处理中接受被反映人请托", "外部环境", "一级", "办理人员与被反映人有利害关系的回避。"),
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
        "ningdu_huangpi_register", "http://www.ccdijl-thxjwjw.gov.cn/ArticleView?id=5329",
        "县镇综治信访中心 廉政风险点排查登记表, after the source's 县纪委监委 信访举报 (受理范围, 信访举报渠道, 工作流程: "
        "前期准备, 受理登记, 办理处理): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short "
        "names)/风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ningdu_visits_reception_post_in_sentence(),
    ningdu_petition_bureau_two_sheets(),
    ningdu_online_petition_office_posts(),
    ningdu_review_office_selfchecks(),
    ningdu_meijiang_group_rows(),
    ningdu_qingtang_cards(),
    ningdu_changsheng_list(),
    ningdu_huangpi_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch818-inbox"))
