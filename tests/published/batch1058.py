"""The one-thousand-and-fifty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡, 村, 卫健, 交通, 市场监管, 卫生院, 学校 and 自然资源 bodies
of one district, 万山区 (铜仁市, 贵州省) — its 高楼坪侗族乡人民政府, the 敖寨侗族乡中华山村, the
卫生健康局, the 交通运输局, the 市场监督管理局, the 万山镇卫生院, the 第二中学 and the 自然资源局 —
each handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 高楼坪侗族乡人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types,
  高/中/低;
- the 中华山村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 卫生健康局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 交通运输局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 市场监督管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
  no names;
- the 万山镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药剂科``, ``三、公共卫生科`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 第二中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``wanshan_natural_resources_type_post_matrix``: the 自然资源局's 岗位廉政风险点矩阵表, posts ACROSS
  the top (``科　室 | 局领导 | … | 耕地保护股 | 不动产登记中心`` with 局领导 merged over two columns,
  ``岗　位 | 局长 | 副局长 | …``, ``姓　名 | 库门翀 | 婆衍琇 | …`` — a row a label) and the TYPES down
  the side (``思想道德风险``, ``制度机制风险``, ``岗位职责风险``, ``外部环境风险``), each cell that
  holder's points of that type, numbered a line each and closing in their level (``1.…（高）⏎2.…
  （中）``, ``/`` for none), a ``主要防控措施`` row under them and a ``注：`` line. docs/layouts.md
  knows the type-by-post cross table (GRID_TYPE_ROWS) with ``姓名 | …`` label rows; a probe at HEAD
  (see tests/test_batch1058.py) read its points, types and levels but no holder whose surname no
  list holds: ``库门翀``, ``婆衍琇`` left the columns nameless.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 万山 could be found: the pages are of the district, its
汞矿 and 朱砂 history, its 朱砂古镇 and its 人大; the harder file's is one of them, none of the
matrix kind being found); the rows are worded by us, the names invented (the rare compound
surnames 库门 and 婆衍 with rare given names); every unit is a body of 铜仁市万山区.

Run ``python tests/published/score.py --set batch1058`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each column is a form: its 科室 the ``科　室`` row's (``局领导`` merged over
  two columns is both's), its post and holder the rows under; each numbered line of a cell is a
  point of the row's type, its level the bracket closing it, the point without the number and
  the bracket; ``/`` is none; the ``主要防控措施`` row and the ``注：`` line are no points;
- ``乡领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the 中学's 校长
  have no 科室 where no column gives one; 乡长, 局长, 副局长, 村党支部书记, 院长, 校长 are leaders;
  股长, 科主任, 主任 of a 中心 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  市场监督管理局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险`` and ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1058_"
PLACE = "铜仁市万山区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

TYPE_ROWS = ("思想道德风险", "制度机制风险", "岗位职责风险", "外部环境风险")

# a column a holder: (科室, 岗位, 姓名, tier, {type row: [(point, level word)]}, 主要防控措施)
MATRIX = [
    ("局领导", "局长", "库门翀", "leader", {
        "思想道德风险": [("接受矿业企业宴请和礼金", "高")],
        "制度机制风险": [("国有土地出让方案不经集体研究", "高"), ("矿业权出让底价个人确定", "高")],
        "岗位职责风险": [("干预土地招拍挂结果", "高")],
        "外部环境风险": [("受亲友请托为用地项目说情", "中")],
    }, "执行“三重一大”制度，出让方案局党组会集体研究；过问登记。"),
    ("局领导", "副局长", "婆衍琇", "leader", {
        "思想道德风险": [("收受测绘单位购物卡", "中")],
        "制度机制风险": [("规划条件调整不按程序报批", "高")],
        "岗位职责风险": [("汞矿区生态修复项目验收走过场", "中"), ("违法用地查处降格处理", "高")],
        "外部环境风险": [],
    }, "规划调整集体审议，修复项目第三方验收。"),
    ("耕地保护股", "股长", "库门沅", "middle", {
        "思想道德风险": [],
        "制度机制风险": [("占补平衡指标核定不实", "中")],
        "岗位职责风险": [("耕地卫片图斑核查不到位", "中"), ("设施农用地备案把关不严", "低")],
        "外部环境风险": [("接受乡镇请托少报违法占地", "中")],
    }, "图斑核查两人以上，核查结果复核公示。"),
    ("不动产登记中心", "窗口受理员", "婆衍珺岚", "general", {
        "思想道德风险": [("办证吃拿卡要", "低")],
        "制度机制风险": [],
        "岗位职责风险": [("登记材料审核不严", "中"), ("泄露权利人登记信息", "中")],
        "外部环境风险": [("为中介机构插队办理", "低")],
    }, "一次性告知，办件全程留痕，信息查询登记。"),
]  # fmt: skip


def matrix_cell(points: list[tuple[str, str]]) -> str:
    """A type row's cell of one holder: its points numbered, a line each, closing in their level."""
    if not points:
        return "/"
    return "\n".join(f"{i}.{p}（{lv}）" for i, (p, lv) in enumerate(points, 1))


def wanshan_natural_resources_type_post_matrix() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    n = 1 + len(MATRIX)
    sh = _Sheet("矩阵表", [14] + [34] * len(MATRIX))
    _line(sh, f"{unit}岗位廉政风险点矩阵表", n)
    r = sh.add("科　室", *(m[0] for m in MATRIX))
    sh.rows[r][2] = None
    sh.merge(r, 1, r, 2)  # 局领导 over its two posts
    sh.add("岗　位", *(m[1] for m in MATRIX))
    sh.add("姓　名", *(m[2] for m in MATRIX))
    for typ in TYPE_ROWS:
        sh.add(typ, *(matrix_cell(m[4][typ]) for m in MATRIX))
    for dept, post, who, tier, cells, _measures in MATRIX:
        for typ in TYPE_ROWS:
            for point, lv in cells[typ]:
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("主要防控措施", *(m[5] for m in MATRIX))
    _line(sh, "注：风险等级分为高、中、低三级，标注在各风险点后的括号内。", n)
    sh.add("填表人：", None, "审核人：", None, "2025年8月")
    return _layout(
        "wanshan_natural_resources_type_post_matrix", "https://news.gmw.cn/2025-11/07/content_38396330.htm",
        "(harder) 区自然资源局 岗位廉政风险点矩阵表 with the posts ACROSS the top (``科　室`` row, 局领导 merged over "
        "two columns; ``岗　位`` row; ``姓　名`` row of holders of the rare surnames 库门 and 婆衍) and the TYPES "
        "down the side (思想道德/制度机制/岗位职责/外部环境风险), each cell that holder's points of the type "
        "numbered a line each and closing in their level ``（高）``, ``/`` for none, a ``主要防控措施`` row, a "
        "``注：`` line and a 填表人 line, after the source's essay on the 朱砂古镇 of 万山区 (the 矿洞, the 岩鹰窝, "
        "the 地下长城 of 970 km of galleries)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def wanshan_gaolouping_township_list() -> dict:
    unit = f"{PLACE}高楼坪侗族乡人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("乡领导", "乡长", "婆衍澍", "leader", "易地搬迁安置点配套工程指定施工方", "思想道德风险", "高",
         "工程按规定招标，乡党委会集体研究。"),
        ("乡领导", "乡长", "婆衍澍", "leader", "产业奖补资金安排不经集体研究", "制度机制风险", "高",
         "资金安排乡党委会研究，张榜公示。"),
        ("党政办", "主任", "库门璟", "middle", "公务接待清单与实际不符", "岗位职责风险", "中", "接待清单逐次审核。"),
        ("农业服务中心", "农技员", "婆衍琮", "general", "蔬菜基地补贴面积验收不实", "业务流程风险", "中",
         "验收入户丈量并公示。"),
        ("农业服务中心", "农技员", "婆衍琮", "general", "接受种苗经销商吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "wanshan_gaolouping_township_list", "http://m.yanyi8.com/mx/WanShan",
        "乡人民政府 岗位廉政风险防控清单, after the source's page on 万山区 (黔东门户, 10个乡镇街道, 侗族 share, 朱砂王国, "
        "the 梵氏 legend of the name): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def wanshan_zhonghuashan_village_list() -> dict:
    unit = f"{PLACE}敖寨侗族乡中华山村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "库门湲", "leader", "村集体茶园租金收益不公开", "一级", "租赁方案村民代表会议表决。"),
        ("村党支部书记", "库门湲", "leader", "通组路硬化工程指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "婆衍瑄", "general", "危房改造对象评议优亲厚友", "二级", "评议结果张榜公示。"),
        ("村文书", "库门琬", "general", "低保申请材料代签代填", "二级", "申请材料经村务监督委员会审核。"),
        ("村文书", "库门琬", "general", "村级办公经费白条入账", "三级", "报账凭证经村务监督委员会签字。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "wanshan_zhonghuashan_village_list", "https://m.iichajd.com/dm_5155",
        "村 小微权力廉政风险防控清单, after the source's page on the 万山特区 (its 乡, 气候, 汞矿 of 630 years, the "
        "佛教圣地中华山): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def wanshan_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "婆衍翃", "leader", "医共体设备采购干预供应商确定", "外部环境", "高风险",
         "设备采购公开招标，过问登记。"),
        ("局领导", "局长", "婆衍翃", "leader", "公共卫生服务资金分配不经集体研究", "制度机制", "高风险",
         "资金分配局党组会研究。"),
        ("医政医管股", "股长", "库门瑀", "middle", "诊所执业校验把关不严", "岗位职责", "中风险", "校验资料两人复核。"),
        ("医政医管股", "股长", "库门瑀", "middle", "医疗纠纷调处偏袒一方", "业务流程", "中风险", "调处意见集体审议。"),
        ("规划财务股", "会计", "婆衍珂", "general", "接受耗材供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "wanshan_health_bureau_list", "https://blob.wenxiaobai.com/article/1821ec75-e106-09b5-7f84-030a5eb11357",
        "区卫生健康局 岗位廉政风险防控一览表, after the source's piece on the 万山区人大 and the district's turn from 汞都 "
        "to 朱砂工艺 (the 1966 特区, 3万多吨汞): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/"
        "风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def wanshan_transport_screening() -> dict:
    unit = f"{PLACE}交通运输局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "库门泠", "leader", "公路建设", "农村公路项目拆分发包规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("建设管理股", "股长", "婆衍沨", "middle", "计量支付", "工程计量审核不按实际进度", "高", "计量两人签字。"),
        ("建设管理股", "股长", "婆衍沨", "middle", "质量验收", "交工验收走过场降低标准", "中", "验收意见集体研究。"),
        ("运输管理股", "科员", "库门霁", "general", "营运许可", "客运线路许可条件把关不严", "中",
         "许可材料复核，结果公开。"),
        ("运输管理股", "科员", "库门霁", "general", "年审检查", "出租车年审收受好处", "低", "年审两人办理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "wanshan_transport_screening", "http://www.ldwork.com.cn/gnxw/2020/01/29/20200129641171.html",
        "区交通运输局 廉政风险点排查表, after the source's report 当“中国汞都”变身“朱砂王国” (the 鸡血石 workshops, "
        "the 贵州汞矿 of the 1950s, the 爱国汞): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long "
        "``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def wanshan_market_bureau_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合执法大队", "执法检查岗", "general", "朱砂工艺品经营户检查走过场", "岗位职责风险", "Ⅰ级",
         "检查两人以上，全程记录。"),
        ("综合执法大队", "执法检查岗", "general", "价格违法案件查处降格处理", "业务流程风险", "Ⅰ级", "处罚案件集体审议。"),
        ("登记注册股", "窗口受理岗", "general", "经营主体登记材料审核不严", "制度机制风险", "Ⅱ级", "审核一次告知，网上留痕。"),
        ("登记注册股", "窗口受理岗", "general", "接受办事群众礼品", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "会议培训经费报账不实", "外部环境风险", "Ⅲ级", "报账附通知和签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "wanshan_market_bureau_posts", "http://wenshitiandi.com/reading/1198.html",
        "区市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's study 万山汞矿遗产价值探考 (OUV, the 丹砂 "
        "of 秦汉, the 道家 and 炼丹): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def wanshan_town_hospital_group_rows() -> dict:
    unit = f"{PLACE}万山镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "婆衍湉", "leader", [
                ("医疗设备采购指定品牌", "一级风险", "设备采购院务会集体研究，公开比选。"),
                ("绩效工资分配个人说了算", "一级风险", "分配方案职工代表审议，公示。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("科主任", "库门翾", "middle", [
                ("药品耗材采购收受回扣", "二级风险", "网上集中采购，验收两人签字。"),
            ]),
        ]),
        ("三、公共卫生科", "公共卫生科", [
            ("科员", "婆衍沅", "general", [
                ("家庭医生签约数据虚报", "二级风险", "随机电话回访核实。"),
                ("疫苗出入库登记不全", "三级风险", "冷链台账日清月结。"),
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
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "wanshan_town_hospital_group_rows", "https://fx361.cc/page/2020/0303/18218141.shtml",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's paper on the 丹砂文化 of 黔东 (the 汞矿带 from "
        "晃县 to 保靖, 丹砂 as a medicine): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施, group rows ``一、院领导``, ``二、药剂科``, ``三、公共卫生科`` merged across; 岗位 and 姓名 merged "
        "per person; no type column",
        [sh], t,
    )  # fmt: skip


def wanshan_second_school_selfchecks() -> dict:
    unit = f"{PLACE}第二中学"
    t = _Truth(unit)
    people = [
        ("库门澈", "", "校长", "leader", [
            ("食堂大宗食材采购指定供应商", "高", "食材公开采购，膳食委员会监督。", "已落实"),
            ("校服征订收取回扣", "中", "征订自愿，家委会参与比选。", "已落实"),
        ]),
        ("婆衍璠", "总务处", "干事", "general", [
            ("校舍零星维修不比价", "中", "维修三家比价，验收留痕。", "未发现问题"),
            ("实验器材入库登记不全", "低", "出入库台账每月核对。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "wanshan_second_school_selfchecks",
        "https://pediainside.com/wiki/Special:%E7%A7%BB%E5%8A%A8%E7%89%88%E5%B7%AE%E5%BC%82/3748078",
        "区中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's wiki page on the "
        "district (位置, 街道 and 乡, 侗族 share, 资源枯竭型城市 of 2009): a title, a label row ``姓　名 | 职　务 | "
        "填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    wanshan_natural_resources_type_post_matrix(),
    wanshan_gaolouping_township_list(),
    wanshan_zhonghuashan_village_list(),
    wanshan_health_bureau_list(),
    wanshan_transport_screening(),
    wanshan_market_bureau_posts(),
    wanshan_town_hospital_group_rows(),
    wanshan_second_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1058-inbox"))
