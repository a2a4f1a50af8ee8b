"""The seven-hundred-and-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's forest and
tourism bodies, 漠河市 (of 大兴安岭地区, 黑龙江省) — its 林业和草原局, 森林消防大队, 北极村景区管理局,
西林吉林场, 文体广电和旅游局, 林业工作总站 and 自然保护地管理站 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 林业和草原局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``科室`` (``科室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 森林消防大队's 防控卡, one sheet a cadre: ``姓　名 | … | 职　务 | …``, a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 北极村景区管理局's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 西林吉林场's 责任清单 under GROUP ROWS ``一、场领导`` … (no 科室 column), ``岗位 | 姓名`` merged
  per person, ``一级风险/二级风险/三级风险``;
- the 文体广电和旅游局's 一览表 under ``附件2`` and a 填报单位 line: ``部门 | 岗位 | 责任人`` on EVERY row,
  short types, ``高风险/中风险/低风险``;
- the 林业工作总站's 自查表, one sheet a person: a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` over
  a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 自然保护地管理站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``mohe_beiji_village_service_photo_boards``: the 北极村旅游服务中心's 岗位廉政风险公示牌, printed as
  one sheet of stacked boards, one board a post: a merged line ``主任岗位廉政风险防控公示`` (the post
  only there), a heading ``（blank） | 序号 | 廉政风险点 | 风险等级 | 防控措施`` whose unheaded first column is
  the PHOTO column, a ``（照片）`` box merged down over the board's rows but the last, and the holder's NAME
  printed only as the CAPTION in the cell under the photo box (no 姓名 label anywhere), a
  ``监督电话：…`` line closing each board. The README's 读得懂的表 knows a holder in an unheaded margin
  column merged beside his rows, a 公示牌 with names only in a closing 责任人（签字） row, posts across
  with point/level/measures triplets down, and label cards tiled; it does not describe a board whose
  holder stands only as a caption under a merged photo placeholder in the first column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 林业站站长 玩忽职守 case — 采伐申报审批,
伐前设计, 采伐许可证发放, 伐中监管, 木材检查; a 乡纪委 森林防火专项监督 — 防火人员安排, 隐患排查; a piece on
景区管理体制 — 多头管理, 企业化经营, 门票; a 镇 森林防灭火 account — 护林员巡林, 隐患排查台账, 造林项目;
a list of 漠河 景点 — 北极村, 古城岛, 北红村; a 退耕还林 造假 account — 造林小班, 检查验收, 种苗费; a 护林员
滥伐 case — 林木采伐许可证; a 南方周末 piece on 北极村旅游风景区) and the layout follows their words.
The rows are worded by us, the names invented (the rare surnames 梁丘 and 夹谷 with rare given
names); every unit is a body of 漠河市.

Run ``python tests/published/score.py --set batch709`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each board is one form: the post from the board's title line (``主任岗位…`` →
  主任), the holder the caption under the photo box, no 科室; the ``（照片）`` box, the 监督电话 line and
  the closing 公示 line are no points;
- ``局领导``, ``场领导``, ``站领导``, ``中心领导`` are the 科室 of those leaders where a 科室 cell or group row
  names them; the 林草局's leaders (sheet ``局领导``) and the 消防大队's cards have no 科室;
- 局长, 副局长, 大队长, 政治教导员, 场长, 副场长, 站长, 主任 (of a unit) are leaders; 科长, 股长, a 科室's
  主任 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` are no points;
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

PREFIX = "b709_"
PLACE = "漠河市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
PHOTO = "（照片）"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (post, tier, holder, [(廉政风险点, 风险等级, 防控措施)])
BOARDS = [
    ("主任", "leader", "梁丘沨岫", [
        ("景区经营摊位招租不公开，暗箱定价", "高", "摊位招租进入公共资源交易平台公开竞价。"),
        ("旅游旺季临时用工人员招录优亲厚友", "中", "临时用工公开发布招聘信息，名单公示。"),
        ("接受商户、旅行社宴请和礼品", "低", "签订廉洁承诺书，旺季前集体廉洁谈话。"),
    ]),
    ("副主任", "leader", "夹谷翀昀", [
        ("夏至节、冰雪节活动承办单位指定，不比选", "高", "活动承办单位三家以上比选，结果公示。"),
        ("游客投诉处理偏袒经营户", "中", "投诉受理登记、限时办结、结果回访。"),
    ]),
    ("票务员", "general", "梁丘琤澜", [
        ("门票收入截留、私售门票", "高", "电子票务系统售检票，日清日结。"),
        ("违规办理免票、优惠票", "中", "免票、优惠票凭证登记，每周核对。"),
        ("票款解缴不及时", "低", "票款当日存入单位账户。"),
    ]),
]  # fmt: skip


def mohe_beiji_village_service_photo_boards() -> dict:
    unit = f"{PLACE}北极村旅游服务中心"
    sh = _Sheet("公示牌", [12, 6, 40, 9, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控公示牌", 5)
    for post, tier, who, points in BOARDS:
        sh.add()
        _line(sh, f"{post}岗位廉政风险防控公示", 5)
        sh.add(None, "序号", "廉政风险点", "风险等级", "防控措施")
        first = None
        for i, (point, lv, measures) in enumerate(points, 1):
            r = sh.add(None, i, point, lv, measures)
            first = r if first is None else first
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        # the photo box over all the board's rows but the last, the name as its caption
        sh.rows[first][0] = PHOTO
        if r - 1 > first:
            sh.merge(first, 0, r - 1, 0)
        sh.rows[r][0] = who
        _line(sh, "监督电话：0457-2881××× 　 欢迎社会各界监督", 5)
    sh.add()
    _line(sh, f"{unit}　2025年5月公示", 5)
    return _layout(
        "mohe_beiji_village_service_photo_boards", "https://infzm.com/contents/144473?source=202&source_1=144472",
        "(harder) 北极村旅游服务中心 岗位廉政风险防控公示牌, after the source's piece on 北极村旅游风景区 (游客, 极昼, 最北的村镇): "
        "one sheet of stacked boards, one board a post: a merged ``主任岗位廉政风险防控公示`` line (the post only there), a "
        "heading ``（blank） | 序号 | 廉政风险点 | 风险等级 | 防控措施`` whose unheaded first column is the photo column, a ``（照片）`` box "
        "merged down over the board's rows but the last, and the holder's NAME only as the caption in the cell under the "
        "box (no 姓名 label); 高/中/低, no type column; a 监督电话 line closing each board and a closing 公示 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def mohe_forestry_bureau_two_sheets() -> dict:
    unit = f"{PLACE}林业和草原局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("夹谷淏岚", "局长", "主持全面工作", [
            ("林木采伐限额分配不经党组会集体研究", "一级", "采伐限额分配方案党组会研究，分配结果公开。"),
            ("干预林地占用审核，为亲友企业说情", "一级", "林地审核实行会审，领导干部插手干预事项登记报告。"),
        ]),
        ("梁丘岱湉", "副局长", "分管林政资源、木材检查", [
            ("伐前设计郁闭度、蓄积量审核把关不严", "一级", "伐前设计现场抽查复核，设计单位随机抽取。"),
            ("伐中伐后监管走过场，超限额采伐不查处", "二级", "伐中伐后检查留存影像资料，问题限期整改。"),
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
    dept = _Sheet("科室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}科室廉政风险防控一览表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("林政资源管理科", "科长", "夹谷璟沄", "middle", "林木采伐许可证违规发放", "一级",
         "许可证网上办理，审核审批分离。"),
        ("林政资源管理科", "科长", "夹谷璟沄", "middle", "林地使用审核材料把关不严", "二级", "现场查验双人到场，查验记录存档。"),
        ("林政资源管理科", "科员", "梁丘霂涵", "general", "木材运输检查放行不查验", "二级", "检查站视频监控全覆盖。"),
        ("计划财务科", "科长", "夹谷瀛翾", "middle", "森林生态效益补偿资金分配不公", "一级", "补偿面积到户公示，资金一卡通发放。"),
        ("计划财务科", "会计", "梁丘曦岚", "general", "护林员管护补助核发不实", "三级", "补助按巡护考勤核发，每月公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "mohe_forestry_bureau_two_sheets", "https://www.shzwjd.cn/news5/917.html",
        "市林业和草原局 廉政风险防控一览表 in TWO SHEETS, after the source's 林业站站长 玩忽职守 case (采伐申报审批, 伐前设计, "
        "采伐许可证发放, 伐中监管, 木材检查): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet 科室 with 科室 "
        "merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def mohe_forest_fire_brigade_cards() -> dict:
    unit = f"{PLACE}森林消防大队"
    t = _Truth(unit)
    cards = [
        ("大队长", "夹谷珝澈", "大队长", "主持大队全面工作", "leader", [
            ("扑火物资装备采购指定供应商", "★★★", "装备采购按政府采购程序，验收集体进行。"),
            ("防火期专职扑火队员聘用不公开", "★★", "聘用条件和名单公开，体能考核现场录像。"),
            ("接受辖区经营单位宴请", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("政治教导员", "梁丘璆翎", "政治教导员", "分管党建、后勤保障", "leader", [
            ("防火期加班补助、伙食补助虚报冒领", "★★★", "补助按出勤记录核发，每月公示。"),
            ("营房维修工程化整为零", "★★", "维修项目按限额报审，结算经审计。"),
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
        "mohe_forest_fire_brigade_cards", "https://szb.gnrbs.cn/html/2024-03/15/content_95767_17147205.htm",
        "市森林消防大队 领导干部廉政风险防控卡, one sheet a cadre, after the source's 乡纪委 森林防火专项监督 (防火人员安排, "
        "宣传保障, 隐患排查整治): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def mohe_beiji_scenic_bureau_posts() -> dict:
    unit = f"{PLACE}北极村景区管理局"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "leader", "景区经营权出让", "景区经营项目委托经营不公开招标，利益输送", "制度机制风险", "高",
         "经营权出让方案经集体研究，公开招标。"),
        ("规划建设科", "科长", "middle", "景区建设项目审批", "景区内违规建设项目审查放水", "岗位职责风险", "高",
         "建设项目联审，审查意见公开。"),
        ("规划建设科", "科长", "middle", "工程变更签证", "工程变更签证不经审核，虚增工程量", "业务流程风险", "中",
         "变更签证三方会签，结算审计。"),
        ("经营管理科", "科员", "general", "商户准入审核", "景区商户准入审核收受好处", "思想道德风险", "中",
         "准入条件公开，审核结果公示。"),
        ("经营管理科", "科员", "general", "旅游市场检查", "对欺客宰客行为检查不查处", "外部环境风险", "低",
         "联合检查，检查记录存档。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "mohe_beiji_scenic_bureau_posts", "https://m.777doc.com/doc-2369780.html",
        "市北极村景区管理局 岗位廉政风险点排查表 对岗不对人, after the source's piece on 景区管理体制 (多头管理, 企业化经营, "
        "开发项目审核): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 ``…风险``/"
        "风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def mohe_xilinji_forest_farm_group_rows() -> dict:
    unit = f"{PLACE}西林吉林场"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、场领导", "场领导", [
            ("场长", "夹谷澍琬", "leader", [
                ("森林抚育项目施工队伍选定不经集体研究", "一级风险", "施工队伍比选，场务会研究确定。"),
                ("护林员选聘优亲厚友", "二级风险", "护林员选聘公开报名，名单公示。"),
            ]),
        ]),
        ("二、资源管护股", "资源管护股", [
            ("股长", "梁丘昶泠", "middle", [
                ("巡林检查走过场，隐患排查台账不实", "二级风险", "巡林轨迹上传管护平台，台账每月抽查。"),
                ("管护站防火物资出入库不登记", "三级风险", "物资领用登记，每季度盘点。"),
            ]),
            ("护林员", "夹谷峣琇", "general", [
                ("发现盗伐不报告，收受好处", "一级风险", "巡护考核与补助挂钩，举报电话公开。"),
            ]),
        ]),
        ("三、营林股", "营林股", [
            ("股长", "梁丘湜翊", "middle", [
                ("造林检查验收面积、成活率弄虚作假", "一级风险", "验收双人以上，小班影像存档。"),
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
        "mohe_xilinji_forest_farm_group_rows", "http://www.tibetthsy.com/New/Detail/20231208092543742.html",
        "市国有林场 廉政风险防控责任清单, after the source's 镇 森林防灭火 account (护林员巡林, 隐患排查台账, 造林项目): "
        "a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、场领导``, ``二、资源管护股``, ``三、营林股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def mohe_culture_tourism_bureau_list() -> dict:
    unit = f"{PLACE}文体广电和旅游局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "夹谷昉璘", "leader", "旅游宣传推介经费使用不经集体研究", "制度机制", "高风险",
         "宣传推介经费预算经党组会审定。"),
        ("局领导", "局长", "夹谷昉璘", "leader", "A级景区评定推荐打招呼", "思想道德", "中风险",
         "评定推荐按标准量化打分，结果公示。"),
        ("市场管理股", "股长", "梁丘漪翀", "middle", "旅行社经营许可审核把关不严", "岗位职责", "高风险",
         "许可材料两级审核，办理结果公开。"),
        ("市场管理股", "股员", "夹谷沅琛", "general", "旅游市场执法检查选择性执法", "业务流程", "中风险",
         "执法全过程记录，双随机抽查。"),
        ("文物和非遗股", "股长", "梁丘翃澄", "middle", "古城岛遗址保护项目资金挤占挪用", "外部环境", "低风险",
         "项目资金专账核算，接受审计。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "局长（签字）：", None, None)
    return _layout(
        "mohe_culture_tourism_bureau_list", "http://m.easyfang.com/a/2023/0204/013865238.html",
        "市文体广电和旅游局 岗位廉政风险防控一览表, after the source's list of 漠河 景点 (北极村 5A级旅游景区, 古城岛, 大白山, "
        "北红村): ``附件2``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/局长（签字） line",
        [sh], t,
    )  # fmt: skip


def mohe_forestry_station_selfchecks() -> dict:
    unit = f"{PLACE}林业工作总站"
    t = _Truth(unit)
    people = [
        ("梁丘翾沚", "站领导", "站长", "leader", [
            ("造林种苗采购以次充好，虚报种苗费", "Ⅰ级", "种苗采购公开比选，到货抽检。", "已落实"),
            ("造林小班作业设计与实际不符", "Ⅱ级", "作业设计现地复核，留存影像。", "未发现问题"),
        ]),
        ("夹谷湉岍", "营造林股", "技术员", "general", [
            ("造林检查验收面积虚报", "Ⅰ级", "验收面积GPS实测，交叉复核。", "已落实"),
            ("退化林修复补助申报材料审核不严", "Ⅲ级", "申报材料两级审核并公示。", "已落实"),
        ]),
        ("梁丘泠珺", "林业技术推广股", "技术员", "general", [
            ("林下经济项目推荐优亲厚友", "Ⅱ级", "项目推荐条件公开，评审集体进行。", "未发现问题"),
            ("技术培训签到弄虚作假，套取培训费", "Ⅲ级", "培训签到、影像资料存档备查。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "mohe_forestry_station_selfchecks", "http://www.pc365.com.cn/fdffabdfOis2A/6HXaQ7WrvO.html",
        "市林业工作总站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 退耕还林 造假 "
        "account (造林小班, 检查验收, 种苗费, 退耕地补助): a title, a label row ``姓　名 | 所在股室 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def mohe_protected_area_station_register() -> dict:
    unit = f"{PLACE}自然保护地管理站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "夹谷霈淇", "leader", [
            ("保护地内建设项目准入意见出具违规", "制度机制", "一级", "准入意见集体研究，出具情况公开。"),
            ("生态旅游线路开发合作方选定不公开", "外部环境", "二级", "合作方公开征集，评审结果公示。"),
        ]),
        ("保护管理股", "股长", "梁丘峤淼", "middle", [
            ("野生动植物执法检查不查处", "岗位职责", "一级", "执法检查双人进行，全程记录。"),
        ]),
        ("保护管理股", "巡护员", "夹谷曈岫", "general", [
            ("巡护中发现滥伐林木不报告", "思想道德", "二级", "巡护日志每日上传，定期抽查。"),
            ("巡护车辆燃油费虚报", "业务流程", "三级", "车辆加油卡专卡专用，里程核对。"),
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
        "mohe_protected_area_station_register", "http://dali8.net/thread-65043-1-1.html",
        "市自然保护地管理站 廉政风险点排查登记表, after the source's 护林员 滥伐 case (护林员, 未办理林木采伐许可证, 森林公安): "
        "a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 ``一级/二级/三级``/"
        "防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    mohe_beiji_village_service_photo_boards(),
    mohe_forestry_bureau_two_sheets(),
    mohe_forest_fire_brigade_cards(),
    mohe_beiji_scenic_bureau_posts(),
    mohe_xilinji_forest_farm_group_rows(),
    mohe_culture_tourism_bureau_list(),
    mohe_forestry_station_selfchecks(),
    mohe_protected_area_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch709-inbox"))
