"""The eight-hundred-and-tenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county-level city's
transport bodies, 赤水市 (of 遵义市, 贵州省) — its 交通运输局, 公路管理段, 地方海事处, 交通建设质量监督站,
农村公路管理站, 交通运输综合行政执法大队 and 公路超限检测站 — each handing back the 一览表, 防控卡,
排查表, 清单, 自查表 or 登记表 its staff typed in WPS or Excel:

- the 交通运输局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公路管理段's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 地方海事处's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 交通建设质量监督站's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 |
  填表时间`` over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 农村公路管理站's 清单 under GROUP ROWS ``一、站领导`` … ``三、财务室`` merged across (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``;
- the 交通运输综合行政执法大队's 一览表 under ``附件2`` and a 填报单位（盖章） line: ``中队 | 岗位 |
  责任人`` on EVERY row, short types, ``高风险/中风险/低风险``;
- the 公路超限检测站's 排查登记表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``chishui_road_transport_incompatible_posts``: the 道路运输管理所's 不相容岗位廉政风险对照表, one
  sheet a pair of incompatible posts (受理岗 | 审核岗 in the 运政服务股, 出纳 | 会计 in the 财务股, the
  股 named only in the title), a TWO-ROW heading of THREE BANDS side by side — the left band headed
  by the first post and its holder (``受理岗　邴曦翃（本岗独有风险）`` over ``风险点 | 等级``), the
  right band by the second (``审核岗　郦昀璟（本岗独有风险）``), and the MIDDLE band headed
  ``两岗共同风险（受理岗、审核岗共担）`` naming no person — each band filled top-down on its own, of
  its own length (the rows are not records: row 2 holds the first post's second point, the shared
  second point and nothing on the right), so a holder's points are his own band PLUS the middle
  band, the middle band's points belonging to both flanking holders alike. docs/layouts.md (读得懂的表)
  knows holder bands across (``HOLDER_BANDS_ACROSS``: each band the holder's own), a one-person
  ``一岗双责`` pair of bands, a 共性风险点 sheet claimed by number, a point merged across the post
  columns that share it, and section rows naming the holders who share the rows under them; it
  does not describe a Venn-like comparison of two holders whose shared points stand in a band
  BETWEEN their bands, headed by no person, belonging to the bands on either side.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on 赤水's 交通变迁 — 出省
高速, 公路, 赤水港; the 赤水河谷景观公路; 赤水, 黔北 水运重镇 — 赤水港, 航道, 船舶通航; a 交通运输
执法 作风建设 article — 驾培, 执法规范, 说理式执法; a 交通建设质量安全监督 半年督查 — 危桥改造, 安防
工程, 履约监管; a 驻交通运输局纪检监察组 嵌入式监督 of 建设项目 — 招标需求, 约谈, 竣工验收; a 交通
执法 调研 — 超限检测站, 称重设备, 偷逃通行费, 非法营运; a 治超站 蹲守 — 绕行逃避检测, 必检车辆) and
the layout follows their words for the unit, its parts, its posts and its risks. The rows are worded
by us, the names invented (the rare surnames 邴 and 郦 with rare given names); every unit is a
body of 赤水市.

Run ``python tests/published/score.py --set batch810`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a holder's points are the points of his own band and of the middle band
  (``两岗共同风险``), each with the level written beside it in its band; a blank cell in a band is
  no point; the 股 named in the title (``…运政服务股不相容岗位…``) is both holders' 科室; the ``注：``
  line and the 签字 line are no points; 受理岗, 审核岗, 出纳岗 and 会计岗 (as the band headings write them) are general posts;
- ``局领导``, ``站领导``, ``段领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the
  交通运输局's leaders (sheet ``局领导``, no 科室 column) and the cards' leaders have no 科室; a 股, a
  室, a 中队 and the 海事处's 科 are 科室; a group row ``二、养护股`` gives the 科室 ``养护股``;
- every body is a unit of its own: 局长, 副局长, 段长, 副段长, 站长, 大队长 are leaders; 股长, 科长,
  中队长 middle; the rest (股员, 会计, 出纳, 监督员, 技术员, 执法队员, 称重检测员 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no
  points and name no holder; the 海事处's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b810_"
PLACE = "赤水市"
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

# one sheet a pair of incompatible posts: (tab, 股, (post, name, own points), shared points,
# (post, name, own points)); the post as its band heading writes it; a point is (text, level word)
PAIRS = [
    ("运政服务股", "运政服务股",
     ("受理岗", "邴曦翃", [
         ("道路运输经营许可申请材料不全即受理，为熟人开绿灯", "二级"),
         ("对不符合条件的申请人暗示“找关系”，吃拿卡要", "一级"),
         ("受理登记不录入系统，体外循环办件", "三级"),
     ]),
     [
         ("驾驶员培训机构、维修企业备案审查走过场", "二级"),
         ("泄露申请人信息或为中介代办提供便利", "二级"),
     ],
     ("审核岗", "郦昀璟", [
         ("客运班线、货运经营许可审核降低标准", "一级"),
         ("营运车辆年审、道路运输证换发审核不严", "二级"),
     ])),
    ("财务股", "财务股",
     ("出纳岗", "郦沅琨", [
         ("现金收付不及时入账，公款私存", "一级"),
     ]),
     [
         ("虚列报销事项套取资金", "一级"),
     ],
     ("会计岗", "邴霁暄", [
         ("原始凭证审核不严，白条入账", "二级"),
         ("会计档案、票据保管不善，随意销毁", "三级"),
     ])),
]  # fmt: skip


def chishui_road_transport_incompatible_posts() -> dict:
    unit = f"{PLACE}道路运输管理所"
    t = _Truth(unit)
    sheets = []
    for tab, dept, left, shared, right in PAIRS:
        lband, lwho, lpoints = left
        rband, rwho, rpoints = right
        sh = _Sheet(tab, [6, 34, 7, 34, 7, 34, 7])
        _line(sh, f"{unit}{dept}不相容岗位廉政风险对照表", 7)
        _line(sh, f"填报单位：{unit}{GAP * 12}填报时间：2025年5月", 7)
        top = sh.add("序号", f"{lband}{GAP}{lwho}（本岗独有风险）", None,
                     f"两岗共同风险（{lband}、{rband}共担）", None,
                     f"{rband}{GAP}{rwho}（本岗独有风险）", None)  # fmt: skip
        sh.add(None, "风险点", "等级", "风险点", "等级", "风险点", "等级")
        sh.merge(top, 0, top + 1, 0)
        for c in (1, 3, 5):
            sh.merge(top, c, top, c + 1)
        n = max(len(lpoints), len(shared), len(rpoints))
        for i in range(n):
            cells = [i + 1]
            for band in (lpoints, shared, rpoints):
                cells += list(band[i]) if i < len(band) else [None, None]
            sh.add(*cells)
        # the truth one form a holder: his own band, then the shared band
        for post, who, own in ((lband, lwho, lpoints), (rband, rwho, rpoints)):
            for point, lv in own + shared:
                t.point(sh.name, dept, post, who, "general", point, [], GRADES[lv])
        _line(sh, f"注：左栏为{lband}本岗独有风险点，右栏为{rband}本岗独有风险点，中栏为两岗共同承担的风险点；"
                  "风险等级分一级、二级、三级，一级为最高。", 7)  # fmt: skip
        sh.add(f"{lband}（签字）：", None, f"{rband}（签字）：", None, "所长（签字）：", None, None)
        sheets.append(sh)
    return _layout(
        "chishui_road_transport_incompatible_posts", "https://m.voc.com.cn/xhn/news/202504/28494672.html",
        "(harder) 市道路运输管理所 不相容岗位廉政风险对照表, after the source's article on 交通运输行政执法 作风建设 "
        "(驾培、维修市场, 执法规范化, 说理式执法): one sheet a pair of incompatible posts (受理岗/审核岗 of the 运政服务股, "
        "出纳岗/会计岗 of the 财务股, the 股 named only in the title), a merged 填报单位/填报时间 line, then a TWO-ROW "
        "heading of THREE BANDS side by side, each ``风险点 | 等级``: the LEFT band headed by the first post and its "
        "holder ``受理岗　邴曦翃（本岗独有风险）``, the RIGHT band by the second, and the MIDDLE band headed "
        "``两岗共同风险（受理岗、审核岗共担）`` naming no person; each band filled top-down on its own (the rows are not "
        "records), so each holder's points are his own band plus the middle band; ``一级/二级/三级``, no type column; "
        "a merged ``注：`` line and a 签字 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def chishui_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 20, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郦瀚翊", "局长", "主持全面工作", [
            ("出省通道、旅游公路项目招标中打招呼、定队伍", "一级", "项目一律进入公共资源交易中心，局党组会集体研究。"),
            ("干部选拔任用中个人说了算", "一级", "选人用人严格执行民主推荐、考察、公示程序。"),
        ]),
        ("邴璟湲", "副局长", "分管综合运输、港航", [
            ("赤水港码头岸线使用和港口经营审批中违规照顾", "一级", "港口经营许可按条件审查，结果公示。"),
            ("客运班线、公交线路补贴分配不公", "二级", "补贴按里程、班次测算，分配方案集体研究。"),
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
        ("规划建设股", "股长", "郦岑璞", "middle", "公路建设项目设计变更审核把关不严", "一级",
         "设计变更经专家论证、局务会审定。"),
        ("规划建设股", "股长", "郦岑璞", "middle", "工程计量签认虚增工程量", "一级", "计量实行监理、业主、跟踪审计三方签认。"),
        ("规划建设股", "股员", "邴珺霄", "general", "项目资料收受施工单位好处后补签", "二级", "资料实行档案专人管理、按期归档。"),
        ("计划财务股", "会计", "郦湛琦", "general", "工程款支付不按合同节点审核", "二级", "工程款支付按合同节点三级审核。"),
        ("计划财务股", "会计", "郦湛琦", "general", "车购税补助资金挤占挪用", "一级", "补助资金专账核算，接受审计监督。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "chishui_transport_bureau_two_sheets",
        "https://guiyang.baogaosu.com/xinwen/%E4%B8%80%E5%BA%A7%E5%9F%8E%E6%B1%A0%E7%9A%84%E4%BA%A4%E9%80%9A%E5%8F%98%E8%BF%81/23311516",
        "市交通运输局 廉政风险防控一览表 in TWO SHEETS, after the source's report on 赤水's 交通变迁 (出省高速大通道, "
        "公路, 赤水港 通江港口): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with 股室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def chishui_highway_section_cards() -> dict:
    unit = f"{PLACE}公路管理段"
    t = _Truth(unit)
    cards = [
        ("段长", "邴澍岷", "段长", "主持全段工作", "leader", [
            ("赤水河谷公路养护工程发包中指定队伍", "★★★", "养护工程按规定公开招标或比选。"),
            ("养护材料采购暗箱操作", "★★★", "材料采购三家以上比价，结果公示。"),
            ("接受养护企业宴请、礼品", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("副段长", "郦翀湉", "副段长", "分管养护生产、路政", "leader", [
            ("日常养护考核打分随意", "★★", "考核由段务会集体评定，结果通报。"),
            ("公路水毁修复工程验收不到现场", "★★", "验收实行现场签认，影像资料存档。"),
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
        "chishui_highway_section_cards", "https://fx361.cc/page/2016/0718/16896541.shtml",
        "市公路管理段 领导干部廉政风险防控卡, one sheet a leader, after the source's 赤水河谷景观公路 通道 report (公路, "
        "盐道, 赤水河): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def chishui_maritime_posts() -> dict:
    unit = f"{PLACE}地方海事处"
    sh = _Sheet("排查表", [6, 12, 12, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("处领导", "处长", "leader", "船舶安全检查", "对赤水港运砂船超载不查处，收受船主好处", "思想道德风险", "高",
         "安全检查两人以上，执法记录仪全程记录。"),
        ("船舶检验科", "验船师", "general", "船舶检验", "检验不到现场，出具虚假检验证书", "岗位职责风险", "高",
         "检验实行现场签认，证书抽查复核。"),
        ("船舶检验科", "验船师", "general", "船舶登记", "船舶登记材料审查不严", "业务流程风险", "中",
         "登记材料二人复核，档案备查。"),
        ("通航管理科", "科长", "middle", "水上施工作业许可", "航道内采砂、施工作业许可审批降低条件", "制度机制风险", "中",
         "作业许可集体审查，结果公示。"),
        ("通航管理科", "科长", "middle", "船员考试发证", "船员适任考试考场纪律不严，代考", "外部环境风险", "低",
         "考试视频监控，考生人证核验。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "chishui_maritime_posts", "http://www.o852.cn/news/Info.asp?ID=1825",
        "市地方海事处 岗位廉政风险点排查表 对岗不对人, after the source's report on 赤水 黔北水运重镇 (赤水港, 通航河段, "
        "船舶通航吨位, 航道管理): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def chishui_quality_station_selfchecks() -> dict:
    unit = f"{PLACE}交通建设质量监督站"
    t = _Truth(unit)
    people = [
        ("郦晗岫", "站领导", "站长", "leader", [
            ("危桥改造项目质量监督结论受人情干扰", "Ⅰ级", "监督结论集体会审，结论书站务会审定。", "已落实"),
            ("交工验收质量检测委托指定检测机构", "Ⅱ级", "检测机构随机抽取确定。", "未发现问题"),
        ]),
        ("邴琬沂", "监督科", "监督员", "general", [
            ("安防工程监督检查发现问题不下整改通知", "Ⅰ级", "检查问题清单录入系统，整改闭环销号。", "已落实"),
            ("在项目部接受宴请、报销餐费", "Ⅱ级", "监督检查自带工作餐，出差报备。", "已落实"),
        ]),
        ("郦珩澈", "试验检测室", "试验检测员", "general", [
            ("抽检样品不按规定取样，检测数据造假", "Ⅰ级", "取样见证、样品封存，数据自动上传。", "未发现问题"),
            ("检测报告签发把关不严", "Ⅲ级", "报告实行检测、复核、签发三级签字。", "已落实"),
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
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "chishui_quality_station_selfchecks", "https://xt.rednet.cn/m/content/2022/07/26/11560261.html",
        "市交通建设质量监督站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's "
        "交通建设质量安全监督 半年督查 (危桥改造, 安防工程, 交(竣)工验收检测, 履约监管): a title, a label row "
        "``姓　名 | 所在科室 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施/``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def chishui_rural_road_group_rows() -> dict:
    unit = f"{PLACE}农村公路管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "邴砚筠", "leader", [
                ("通组公路项目申报虚报里程", "一级风险", "申报里程实地核查，卫星影像比对。"),
                ("项目招标需求量身定制", "一级风险", "招标需求和方案提前报备审查。"),
            ]),
        ]),
        ("二、养护股", "养护股", [
            ("股长", "郦澜岐", "middle", [
                ("村道养护考核走过场，养护补助照拨", "二级风险", "考核结果公示，补助与考核挂钩。"),
            ]),
            ("技术员", "邴芃珝", "general", [
                ("竣工验收资料代签、补签", "二级风险", "验收资料本人签字，现场影像存档。"),
                ("农村公路危桥排查数据不实", "三级风险", "排查结果抽查复核。"),
            ]),
        ]),
        ("三、财务室", "财务室", [
            ("出纳", "郦枫湄", "general", [
                ("工程款拨付绕过审批程序", "二级风险", "拨付凭审批单和合同节点办理。"),
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
        "chishui_rural_road_group_rows", "http://xkhqf.gov.cn/NewsView_6399.html",
        "市农村公路管理站 廉政风险防控责任清单, after the source's 驻市交通运输局纪检监察组 嵌入式监督 of 建设项目 "
        "(项目申报, 招标需求和招标方案报备, 约谈, 竣工验收): a title, 序号/岗位/姓名/廉政风险点/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, ``二、养护股``, ``三、财务室`` merged "
        "across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def chishui_enforcement_brigade_list() -> dict:
    unit = f"{PLACE}交通运输综合行政执法大队"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "中队", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("大队领导", "大队长", "邴峤钰", "leader", "重大行政处罚案件不经集体讨论", "制度机制", "高风险",
         "重大处罚案件法制审核、集体讨论。"),
        ("路政中队", "中队长", "郦筠淞", "middle", "违法占用公路案件以罚代管", "岗位职责", "中风险",
         "案件办理全程网上流转，定期评查。"),
        ("路政中队", "执法队员", "邴昶溪", "general", "偷逃通行费车辆查处中选择性执法", "思想道德", "高风险",
         "执法记录仪全程记录，双人执法。"),
        ("运政中队", "执法队员", "郦潇槿", "general", "查处非法营运车辆违规放行", "外部环境", "高风险",
         "扣车、放车登记审批，台账公开。"),
        ("运政中队", "执法队员", "郦潇槿", "general", "罚没款不按规定上缴", "业务流程", "低风险",
         "罚缴分离，票据统一管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "大队长（签字）：", None, None)
    return _layout(
        "chishui_enforcement_brigade_list", "http://jtysj.smx.gov.cn/1667/617159232/2045344.html",
        "市交通运输综合行政执法大队 岗位廉政风险防控一览表, after the source's 交通执法 调研 (超限检测站, 偷逃通行费整治, "
        "路产路权保护, 非法营运): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/中队/岗位/责任人 "
        "written on EVERY row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a "
        "填表人/审核人/大队长（签字） line",
        [sh], t,
    )  # fmt: skip


def chishui_overload_station_register() -> dict:
    unit = f"{PLACE}公路超限检测站"
    sh = _Sheet("登记表", [6, 12, 12, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "郦岷霈", "leader", [
            ("对绕行逃避检测的车辆默许放行", "思想道德", "一级", "重点路口蹲守，必检车辆全部引导过磅。"),
            ("超限车辆处理结果说情打招呼", "外部环境", "二级", "处理结果公示，说情登记备案。"),
        ]),
        ("检测室", "称重检测员", "邴琰澍", "general", [
            ("称重数据人为修改", "岗位职责", "一级", "称重数据自动上传，修改留痕。"),
            ("检测设备不按期检定", "制度机制", "三级", "设备按期检定，台账备查。"),
        ]),
        ("检测室", "卸载管理员", "郦沣瑶", "general", [
            ("卸载货物保管不善、私自处置", "业务流程", "二级", "卸载货物登记造册，双人保管。"),
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
        "chishui_overload_station_register", "http://124.115.170.173/glj/show/268258",
        "市公路超限检测站 廉政风险点排查登记表, after the source's 治超站 蹲守 (短途运输车辆绕行逃避检测, 必检车辆引导过磅, "
        "封闭废弃路口): a title, 序号/科室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/"
        "风险等级 ``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    chishui_road_transport_incompatible_posts(),
    chishui_transport_bureau_two_sheets(),
    chishui_highway_section_cards(),
    chishui_maritime_posts(),
    chishui_quality_station_selfchecks(),
    chishui_rural_road_group_rows(),
    chishui_enforcement_brigade_list(),
    chishui_overload_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch810-inbox"))
