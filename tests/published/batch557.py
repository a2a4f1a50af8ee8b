"""The five-hundred-and-fifty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 市场监管
bodies, 同仁市 (黄南藏族自治州, 青海) — the 市场监督管理局, the 食品药品检验检测中心, the 消费者权益保护委员会办公室,
the 特种设备安全监察站 and the 市场监管所 of its own towns (隆务镇, 保安镇, 多哇镇) and of one of its 乡
(年都乎乡: the city has few 镇, and a 乡's 所 is the same kind of body) — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 市场监督管理局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 食品药品检验检测中心's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型
  | 风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 消费者权益保护委员会办公室's 责任清单 under GROUP ROWS ``一、办公室领导`` / ``二、投诉调解科`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 隆务镇市场监管所's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 保安镇市场监管所's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在部门`` over a row of values, 高/中/低, ``自查情况``;
- the 多哇镇市场监管所's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 年都乎乡市场监管所's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``tongren_special_equipment_inline_numbered_measures``: the 特种设备安全监察站's 一览表 has ONE risk
  column headed ``廉政风险点及防控措施`` and no measures column; every cell is ONE line in which the
  point comes first and its measures follow AT ONCE, NUMBERED INLINE by bracketed numerals
  ``（1）…；（2）…。`` with nothing between the point and the first ``（1）``:
  ``电梯定期检验结论不核查（1）监察员现场抽查检验报告；（2）抽查情况登记备查。``. The point holds no
  punctuation at all; the measures hold ``（1）``, ``（2）`` (some cells ``（3）``), parted by ``；``, and
  end with ``。``. No line break, no arrow, no blank line, no bullet, no label (``措施：``), no colon, no
  ``；`` between the point and its first measure and no modal verb (``，应``) stand between the point
  and its measures: the seam is only the first ``（1）``. The shape is about HOW THE POINT AND ITS
  MEASURES ARE JOINED, as when an office pastes a Word outline into one cell and the line breaks
  before each numbered measure are lost. The README's 读得懂的表 knows a ``风险点及防控措施`` cell
  parted by an arrow, by an empty line, by ``●`` lines, by labelled ``表现：…⏎措施：…`` lines, by
  ``，应`` and by one ``；``; measures in a labelled bracket closing the point; a point with its
  numbered measures BELOW it in one cell (line breaks); several points numbered in one cell
  (``1.…⏎2.…``, ``一是…；二是…``), and ``（1）…`` sub-numbers only as belonging to the point above in
  a grid. None a point run straight on into its ``（1）…（2）…`` measures in one line; a scan of the
  earlier batches for a Han character followed directly by ``（1）``, ``(1)``, ``①``, ``1.`` or
  ``1、`` and a ``2`` of the same kind further in the same string finds only level notes
  (``风险点后标注①的为一级风险``), never a point then its numbered measures.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a city 市场监管局's note on
特种设备 分级监管 — 一机一档、风险辨识、安全监察指令书; a page on a 市场监管局's 食品许可核查 — 申请与受理、
现场核查、许可与公告; a column on 检验检测机构 出具虚假/不实检验报告 — 样品、原始数据、授权签字人; a
law-glossary page on the 中消协 — 消费者组织、受理投诉、调解; news of a district 市场监管部's 农贸市场计量管理
meeting — 计量器具、检定、计量监督检查; news of a 市场监管分局's 食品销售风险分级管理 — 风险等级、检查频次;
a 基层特种设备安全监察人员's notes — 日常监察、隐患排查; a page on a 市场监管局's campaign against
市场乱象 — 虚假注册、假冒伪劣、侵害消费者权益) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names); every unit is a body of 同仁市 (``unit_words=("同仁市",)``: no earlier unit
holds it).

Run ``python tests/published/score.py --set batch557`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text before the cell's first ``（1）``
  (``电梯定期检验结论不核查``); the rest of the cell, ``（1）…；（2）…。``, is its measures, no point
  and no second point; the level is the ``风险等级`` column's (高/中/低 → 1/2/3); no type;
  ``科室 | 岗位 | 责任人`` give the form as usual;
- ``局领导``, ``办公室领导`` are the 科室 of those leaders; a 局's 股室, a 中心's 科, an 办公室's 科, a 所's
  组 (``部门``) are 科室; a group row ``一、办公室领导`` gives the 科室 ``办公室领导``, ``二、投诉调解科``
  the 科室 ``投诉调解科`` (its number left off), as batches 280 and 553 did; the 隆务镇 cards and the
  年都乎乡 list name a 科室 only where a cell does (they name none); the 保安镇 sheets write ``所领导``
  / ``监管组`` in ``所在部门`` and that is their 科室;
- every body is a unit of its own: a 局's 局长 and 副局长, a 中心's 主任, an 办公室's 主任, a 站's 站长,
  a 所's 所长 are leaders; 股长 and 科长 are middle; the rest (监察员, 检验员, 调解员, 监管员, 科员)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 多哇镇 list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b557_"
PLACE = "同仁市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(风险点, "（1）…；（2）…。" measures, 风险等级)])
INLINE = [
    ("站领导", "站长", "蒯翀湛", "leader", [
        ("电梯定期检验结论不核查", "（1）监察员现场抽查检验报告；（2）抽查情况登记备查。", "高"),
        ("安全监察指令书撤销随意", "（1）撤销须经站务会研究；（2）撤销理由存档；（3）结果告知使用单位。", "中"),
    ]),
    ("锅炉压力容器监察股", "股长", "逯沄珩", "middle", [
        ("使用登记材料把关不严", "（1）登记材料两人审核；（2）现场核对设备铭牌。", "高"),
        ("隐患整改复查走过场", "（1）复查拍照留存；（2）整改销号由股长签字。", "中"),
    ]),
    ("起重机械监察股", "监察员", "蒯玥澂", "general", [
        ("接受使用单位宴请降低检查标准", "（1）检查不少于两人；（2）执行廉洁检查承诺。", "中"),
        ("一机一档资料擅自外借", "（1）档案借阅登记；（2）按期归还核对。", "低"),
    ]),
]  # fmt: skip


def tongren_special_equipment_inline_numbered_measures() -> dict:
    unit = f"{PLACE}特种设备安全监察站"
    sh = _Sheet("一览表", [6, 16, 9, 9, 60, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "科室", "岗位", "责任人", "廉政风险点及防控措施", "风险等级")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in INLINE:
        for point, measures, lv in points:
            n += 1
            sh.add(n, dept, post, who, point + measures, lv)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年9月", None)
    return _layout(
        "tongren_special_equipment_inline_numbered_measures",
        "https://scjg.fuzhou.gov.cn/zwgk/ztzl/tzsbaq/202109/t20210929_4198175.htm",
        "(harder) 市特种设备安全监察站 岗位廉政风险防控一览表, after the source's note on 特种设备 分级监管 (一机一档, "
        "风险辨识管控, 隐患排查, 安全监察指令书): 序号/科室 merged/岗位 and 责任人 merged per person, then ONE column "
        "``廉政风险点及防控措施`` whose every cell is ONE line: the point, then at once its measures numbered "
        "``（1）…；（2）…。`` (``电梯定期检验结论不核查（1）监察员现场抽查检验报告；…``); no measures column; "
        "高/中/低; no type",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tongren_amr_bureau_two_sheets() -> dict:
    unit = f"{PLACE}市场监督管理局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("逯霈瑄", "局长", "主持全面工作", [
            ("重大行政处罚案件个人拍板", "一级", "重大案件经案审会集体讨论，结果公示。"),
            ("干预市场主体登记办理", "二级", "领导干预登记事项记录报告。"),
        ]),
        ("蒯琰澍", "副局长", "分管食品安全监管", [
            ("食品抽检不合格结果压案不查", "一级", "不合格结果按期核查处置，台账公开。"),
            ("食品经营许可审签把关不严", "三级", "许可审签凭现场核查记录。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("登记注册股", "股长", "逯璟淏", "middle", "为虚假材料办理营业执照", "一级", "登记材料实名核验，抽查复核。"),
        ("登记注册股", "股长", "逯璟淏", "middle", "吊销企业名单随意调整", "三级", "名单经局务会审定后公告。"),
        ("价格监督检查股", "科员", "蒯湉翊", "general", "价格检查中通风报信", "二级", "检查计划保密，双随机选派。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "tongren_amr_bureau_two_sheets",
        "https://www.httgc.com/kk/jie-mi-shi-chang-jian-guan-ju-shi-pin-xu-ke-he-cha-bei-hou-de-an-quan-shou-hu-yu-he-gui-tiao-zhan.html",
        "市市场监督管理局's file in two sheets, after the source's page on a 市场监管局's 食品许可核查 (申请与受理, "
        "现场核查, 许可与公告, 打击无证生产): ``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with "
        "股室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def tongren_testing_center_list() -> dict:
    unit = f"{PLACE}食品药品检验检测中心"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "逯瑢沨", "leader", "授意出具合格检验报告", "思想道德风险", "高风险",
         "报告签发执行授权签字人制度，干预检验登记报告。"),
        ("中心领导", "主任", "逯瑢沨", "leader", "检验设备采购指定品牌", "制度机制风险", "中风险",
         "设备采购集体研究，比选结果公示。"),
        ("食品检验科", "科长", "蒯珧淇", "middle", "原始数据随意修约取舍", "岗位职责风险", "中风险",
         "原始记录两人复核，系统留痕。"),
        ("药品检验科", "检验员", "逯澈瑜", "general", "调换检验样品", "业务流程风险", "低风险",
         "样品编码盲样流转，留样备查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "主任（签字）：", None, None)
    return _layout(
        "tongren_testing_center_list",
        "http://51haodu.com/t/NEtoVGhU!XVnSg==",
        "市食品药品检验检测中心 廉政风险防控一览表, after the source's column on 检验检测机构 出具虚假/不实检验报告 "
        "(样品, 原始数据, 授权签字人): 序号/科室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/"
        "``高风险/中风险/低风险``/防控措施; 填表人/审核人/主任 line",
        [sh], t,
    )  # fmt: skip


def tongren_consumer_council_group_rows() -> dict:
    unit = f"{PLACE}消费者权益保护委员会办公室"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、办公室领导", "办公室领导", [
            ("主任", "蒯瀚玙", "leader", [
                ("消费维权经费使用审批随意", "一级风险", "经费专款专用，大额支出集体研究。"),
                ("比较试验委托机构指定", "二级风险", "委托机构比选，结果公示。"),
            ]),
        ]),
        ("二、投诉调解科", "投诉调解科", [
            ("科长", "逯翎沄", "middle", [
                ("投诉调解偏袒经营者", "一级风险", "调解两人参与，调解书双方签认。"),
                ("投诉件积压不转办", "三级风险", "投诉件系统登记，按期办结通报。"),
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
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "tongren_consumer_council_group_rows",
        "https://m.lawfaq.cn/keywords/%E4%B8%AD%E6%B6%88%E5%8D%8F-1.html",
        "市消费者权益保护委员会办公室 廉政风险防控责任清单, after the source's law-glossary page on the 中消协 (消费者组织, "
        "受理投诉, 调解, 比较试验): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、办公室领导``, ``二、投诉调解科`` merged across; 岗位 and 姓名 merged per person; no type",
        [sh], t,
    )  # fmt: skip


def tongren_longwu_office_cards() -> dict:
    unit = f"{PLACE}隆务镇市场监管所"
    t = _Truth(unit)
    cards = [
        ("所长", "蒯璐潇", "leader", [
            ("辖区经营户检查对象选择随意", "★★★", "检查对象双随机抽取，结果公开。"),
            ("集贸市场计量器具检定走过场", "★★", "检定结果抽查复核，登记公示。"),
        ]),
        ("监管员", "逯淏琛", "general", [
            ("食品经营户检查接受礼品", "★★", "检查两人以上，签订廉洁告知书。"),
            ("农贸市场快检数据不报", "★", "快检结果系统上传，所长每周抽查。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "tongren_longwu_office_cards",
        "https://cdjkq.changde.gov.cn/slzq/bmdt1__zhdt/bmdt/content_1051890",
        "隆务镇市场监管所 岗位廉政风险防控卡, one sheet a holder (tabs 所长, 监管员), after the source's news of a 市场监管部's "
        "农贸市场计量管理 meeting (计量器具, 检定, 计量监督检查): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def tongren_baoan_office_selfchecks() -> dict:
    unit = f"{PLACE}保安镇市场监管所"
    t = _Truth(unit)
    people = [
        ("蒯沚璇", "所长", "leader", "所领导", [
            ("食品销售经营者风险等级评定随意", "高", "评定按指标打分，所务会审定。"),
            ("执法装备私用", "中", "装备登记领用，定期盘点。"),
        ]),
        ("逯珞湘", "监管员", "general", "监管组", [
            ("投诉举报核查敷衍", "中", "核查情况回访投诉人，所长抽核。"),
            ("高风险经营户检查频次不足", "低", "检查计划按等级排定，按月通报。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在部门", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "所意见：", None, None)
        sheets.append(sh)
    return _layout(
        "tongren_baoan_office_selfchecks",
        "http://m.diaochadi.com/html/shipin/shipinzixun/20180914/892786.htm",
        "保安镇市场监管所 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's news of a "
        "市场监管分局's 食品销售风险分级管理 (风险等级评定, 监督检查频次, 公示牌): a label row ``姓　名 | 岗　位 | 所在部门`` over "
        "values, 序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 所意见：``",
        sheets, t,
    )  # fmt: skip


def tongren_duowa_office_posts() -> dict:
    unit = f"{PLACE}多哇镇市场监管所"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "所领导", "监管组"
    rows = [
        (a, "所长", "leader", "特种设备隐患处置", "对锅炉隐患只责令不复查", "岗位职责", "Ⅰ级",
         "隐患处置全程留痕，复查记录存档。"),
        (b, "监管员", "general", "电梯日常监察", "监察记录代签补签", "业务流程", "Ⅱ级",
         "监察记录现场签认，所长抽查。"),
        (b, "监管员", "general", "计量器具检查", "收受商户好处不查作弊秤", "外部环境", "Ⅰ级",
         "检查两人以上，结果公示。"),
        (b, "科员", "general", "档案管理", "检查档案擅自涂改", "思想道德", "Ⅲ级",
         "档案专人保管，借阅登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：所领导", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "tongren_duowa_office_posts",
        "http://www.sh1j2.com/zgzljsjd/content/2015-07/20/content_2521654.htm",
        "多哇镇市场监管所 廉政风险点排查表 对岗不对人, after the source's notes of a 基层特种设备安全监察人员 (日常监察, "
        "隐患排查, 薄弱环节): 部门 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def tongren_nianduhu_office_duty_list() -> dict:
    unit = f"{PLACE}年都乎乡市场监管所"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("所长", "蒯瑾渼", "leader", "无照经营查处", "对无照经营户选择性查处", "一级",
         "查处线索登记，处理结果公开。"),
        ("所长", "蒯瑾渼", "leader", "所内经费管理", "经费支出不入账", "二级", "经费纳入局统一核算。"),
        ("监管员", "逯玹溱", "general", "假冒伪劣商品检查", "查扣商品私自处理", "二级",
         "查扣商品登记入库，处置报批。"),
        ("监管员", "逯玹溱", "general", "市场主体年报抽查", "抽查结果随意认定", "三级", "抽查结果两人复核。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "tongren_nianduhu_office_duty_list",
        "https://www.bkwk.cn/article/jmlqscjgjshcebhdxdytz.html",
        "年都乎乡市场监管所 廉政风险防控责任清单, after the source's page on a 市场监管局's campaign against 市场乱象 "
        "(虚假注册, 非法经营, 假冒伪劣, 侵害消费者权益): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/"
        "``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tongren_special_equipment_inline_numbered_measures(),
    tongren_amr_bureau_two_sheets(),
    tongren_testing_center_list(),
    tongren_consumer_council_group_rows(),
    tongren_longwu_office_cards(),
    tongren_baoan_office_selfchecks(),
    tongren_duowa_office_posts(),
    tongren_nianduhu_office_duty_list(),
]


RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch557-inbox"))
