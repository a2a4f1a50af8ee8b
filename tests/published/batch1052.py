"""The one-thousand-and-fifty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 政府办, 卫健, 林业, 市场监管, 卫生院 and 学校 bodies
of one county, 思南县 (铜仁市, 贵州省) — its 塘头镇人民政府, the 塘头镇仁和村, the 县人民政府办公室, the
卫生健康局, the 林业局, the 市场监督管理局, the 塘头镇中心卫生院 and the 塘头中学 — each handing back the
一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 县人民政府办公室's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 仁和村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 卫生健康局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 林业局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 市场监督管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
  no names;
- the 塘头镇中心卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药剂科``, ``三、公共卫生科`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 塘头中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``sinan_tangtou_town_rank_glued_field``: the 塘头镇人民政府's 清单 whose one ``岗位人员`` column
  names the leaders' posts and holders a line each (``镇长⏎树洛干琤``, ``主任⏎破落那珩``) but the
  posts no one is named for as a RANK GLUED TO THE POST'S FIELD OF WORK, no separator:
  ``站长安全生产``, ``出纳现金收付``, ``站长林业管护``, ``主任文化宣传``, ``会计钱粮管理`` — each field
  opening with characters that are listed surnames (安, 金, 林, 文, 钱). docs/layouts.md knows a
  rank glued to a NAME (``副局长叱卢琛``, ``副所长土难澈``: HOLDER_RANK_GLUED) and says a rank before a
  field of work (``副站长乡村振兴``, ``主任综合协调``) reads as before; a probe at HEAD (a 县水利局's
  清单 under ``岗位人员`` with these cells) read ``股长安全生产`` as post ``股长`` and holder
  ``安全生产``, ``出纳现金收付`` as ``出纳现`` / ``金收付``, ``站长林业管护`` as ``站长林业`` / ``管护``,
  and ``主任文化宣传``, ``会计钱粮管理`` as holders with no post (under a plain ``岗位`` column the
  same cells read right, as posts).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 思南 could be found: the pages are of the county, its
towns and its 政府办's yearly report); the rows are worded by us, the names invented (the rare
compound surnames 树洛干 and 破落那 with rare given names); every unit is a body of 铜仁市思南县.

Run ``python tests/published/score.py --set batch1052`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``岗位人员`` cell of a rank glued to a field of work is ONE post, the whole
  cell (``站长安全生产``), named for no one (对岗不对人 on those rows: its forms are posts, the
  holder ""), its tier the rank's (站长, 主任 middle; 出纳, 会计 general); a cell of a post and a
  name a line each is that post and that holder;
- ``镇领导``, ``局领导``, ``办领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the
  中学's 校长 have no 科室 where no column gives one; the 中学's ``教务处干事`` is the 干事 of the 科室
  教务处; 镇长, 局长, 副局长, 村党支部书记, 院长, 校长, 副主任 of the 政府办 are leaders; 股长, 科主任,
  所长, 站长, a 办's or a 中心's 主任 middle; the rest general;
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

PREFIX = "b1052_"
PLACE = "铜仁市思南县"
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

HEAD = ("序号", "科室", "岗位人员", "廉政风险点", "风险等级", "防控措施")

# (科室, 岗位人员 cell as written, post, holder, tier, 廉政风险点, 风险等级, 防控措施)
TANGTOU = [
    ("镇领导", "镇长\n树洛干琤", "镇长", "树洛干琤", "leader", "坝区高标准农田项目指定施工队伍", "高",
     "项目按规定招标，镇党委会集体研究。"),
    ("镇领导", "镇长\n树洛干琤", "镇长", "树洛干琤", "leader", "集镇改造资金拨付不按进度", "高",
     "资金按合同和进度拨付，张榜公示。"),
    ("党政办", "主任\n破落那珩", "主任", "破落那珩", "middle", "公务用车加油维修报账不实", "中",
     "车辆定点加油维修，报账附清单。"),
    ("安监站", "站长安全生产", "站长安全生产", "", "middle", "煤矿和非煤矿山检查走过场", "高",
     "检查两人以上，全程留痕。"),
    ("安监站", "站长安全生产", "站长安全生产", "", "middle", "隐患整改未复查即销号", "中", "整改销号集体审核。"),
    ("财政所", "出纳现金收付", "出纳现金收付", "", "general", "坐支挪用现金，白条抵库", "高",
     "现金日清月结，所长不定期盘点。"),
    ("财政所", "会计钱粮管理", "会计钱粮管理", "", "general", "惠农补贴资金和储备粮账目不符", "中",
     "补贴资金和粮食台账月度核对。"),
    ("林业站", "站长林业管护", "站长林业管护", "", "middle", "林木采伐申请审核把关不严", "中",
     "采伐申请现场核实，集体审核。"),
    ("林业站", "站长林业管护", "站长林业管护", "", "middle", "生态护林员考核打分不实", "低", "考核细则公开，结果公示。"),
    ("综合文化站", "主任文化宣传", "主任文化宣传", "", "middle", "花灯演出活动经费虚报", "低",
     "活动经费按实结算，附演出记录。"),
]  # fmt: skip


def sinan_tangtou_town_rank_glued_field() -> dict:
    unit = f"{PLACE}塘头镇人民政府"
    t = _Truth(unit)
    sh = _Sheet("清单", [6, 14, 16, 40, 10, 36])
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, cell, post, who, tier, point, lv, measures) in enumerate(TANGTOU, 1):
        sh.add(n, dept, cell, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "2025年8月", None)
    return _layout(
        "sinan_tangtou_town_rank_glued_field", "http://m.iicha.com/108193/",
        "(harder) 镇人民政府 岗位廉政风险防控清单 whose one ``岗位人员`` column names the leaders a post and a "
        "holder a line each (``镇长⏎树洛干琤``) but the posts named for no one as a RANK GLUED TO ITS FIELD OF "
        "WORK with no separator (``站长安全生产``, ``出纳现金收付``, ``站长林业管护``, ``主任文化宣传``, "
        "``会计钱粮管理``: fields opening with listed surnames), after the source's place-name page on 塘头镇 "
        "(历史悠久, 地貌, 自然资源, 矿产, 龙底江): a title, 序号/科室 merged/岗位人员 merged per post/廉政风险点/"
        "风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def sinan_government_office_list() -> dict:
    unit = f"{PLACE}人民政府办公室"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("办领导", "副主任", "破落那翀", "leader", "公务接待审批把关不严", "制度机制风险", "高",
         "接待事前审批，清单月度公开。"),
        ("办领导", "副主任", "破落那翀", "leader", "会议费培训费列支不规范", "岗位职责风险", "高",
         "费用按标准列支，集体审核。"),
        ("秘书股", "股长", "树洛干澍", "middle", "文件印制指定印刷单位", "业务流程风险", "中", "印制业务比价选定。"),
        ("政务公开股", "科员", "破落那湲", "general", "信息公开申请答复超期或敷衍", "外部环境风险", "中",
         "申请登记台账，按期答复。"),
        ("政务公开股", "科员", "破落那湲", "general", "接受服务商宴请", "思想道德风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "sinan_government_office_list",
        "http://www.sinan.gov.cn/zwgk/zfxxgk/zfxxgknb/2020n/202101/t20210127_66563370.html",
        "县人民政府办公室 岗位廉政风险防控清单, after the source's 2020 yearly report on the 政府办's 政府信息公开 "
        "(总体情况, 主动公开, 依申请公开, 复议诉讼): a title, 序号/科室 merged/岗位 and 姓名 merged per person/"
        "廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def sinan_renhe_village_list() -> dict:
    unit = f"{PLACE}塘头镇仁和村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "树洛干翾", "leader", "坝区土地流转收益分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "树洛干翾", "leader", "机耕道维修指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "破落那琇", "general", "公益性岗位人选优亲厚友", "二级", "人选张榜公示。"),
        ("村文书", "树洛干玥", "general", "耕地地力补贴面积登记代签", "二级", "面积登记经村务监督委员会审核。"),
        ("村文书", "树洛干玥", "general", "村级档案借阅不登记", "三级", "档案借阅登记，定期清点。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "sinan_renhe_village_list",
        "https://pediainside.com/index.php?mobileaction=toggle_view_desktop&title=%E5%A1%98%E5%A4%B4%E9%95%87&variant=zh-hans",
        "村 小微权力廉政风险防控清单, after the source's encyclopedia entry on 塘头镇 (简介, 地理特征 naming the "
        "仁和 坝区, 历史沿革): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def sinan_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "树洛干翃", "leader", "县域医共体耗材采购干预供应商确定", "外部环境", "高风险",
         "耗材采购公开招标，过问登记。"),
        ("局领导", "局长", "树洛干翃", "leader", "乡镇卫生院改造资金安排不经集体研究", "制度机制", "高风险",
         "资金安排局党组会研究。"),
        ("医政医管股", "股长", "破落那澍", "middle", "医疗机构校验审查把关不严", "岗位职责", "中风险",
         "校验资料两人复核。"),
        ("医政医管股", "股长", "破落那澍", "middle", "医疗纠纷调处偏袒一方", "业务流程", "中风险", "调处意见集体审议。"),
        ("规划财务股", "会计", "树洛干湲", "general", "接受药品供应商礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "sinan_health_bureau_list", "https://www.sinan.gov.cn/zjsn/snjj/",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's 思南简介 page of the county government (面积, "
        "镇街乡和行政村, 民族, 汉置永宁县, 思南府, 花灯, 思南中学): a title, 序号/股室 merged/职务 and 姓名 merged "
        "per person/廉政风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def sinan_forestry_screening() -> dict:
    unit = f"{PLACE}林业局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "破落那瑄", "leader", "造林项目", "楠木林培育项目拆分发包规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("资源管理股", "股长", "树洛干泠", "middle", "采伐审批", "林木采伐限额指标分配不公", "高",
         "指标分配集体研究，公示。"),
        ("资源管理股", "股长", "树洛干泠", "middle", "征占用林地", "征占用林地现场查验走过场", "中", "查验两人以上，留存影像。"),
        ("森林资源管护站", "护林员", "破落那璆", "general", "护林补助", "护林巡查记录弄虚作假", "中", "巡护轨迹系统抽查。"),
        ("森林资源管护站", "护林员", "破落那璆", "general", "案件线索", "发现盗伐线索不报", "低", "线索登记，定期核查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "sinan_forestry_screening", "https://iichajd.com/dm_5159/list_3.html",
        "县林业局 廉政风险点排查表, after the source's place-name page on 思南县 (地理位置, 自然地理, 乌江纵贯, "
        "neighbouring counties): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/"
        "风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def sinan_market_bureau_posts() -> dict:
    unit = f"{PLACE}市场监督管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("综合执法大队", "执法岗", "general", "案件查处降格处理", "岗位职责风险", "Ⅰ级", "案件集体审理，全程记录。"),
        ("综合执法大队", "执法岗", "general", "罚没物品处置不规范", "业务流程风险", "Ⅰ级", "罚没物品登记，公开处置。"),
        ("登记注册股", "登记岗", "general", "经营主体登记材料审核放宽", "制度机制风险", "Ⅱ级", "登记材料两人复核。"),
        ("登记注册股", "登记岗", "general", "接受经营户礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "检测经费报账不实", "外部环境风险", "Ⅲ级", "报账附检测合同和报告。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "sinan_market_bureau_posts", "https://news.badongedu.com/news/202503/934339.html",
        "县市场监督管理局 岗位廉政风险防控清单 对岗不对人, after the source's travel piece on 思南县 (乌江, 喀斯特, "
        "民族节日, 美食, 手工艺品): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/"
        "风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def sinan_tangtou_clinic_group_rows() -> dict:
    unit = f"{PLACE}塘头镇中心卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "破落那琬", "leader", [
                ("医疗设备购置个人说了算", "一级风险", "设备购置院务会研究，公开采购。"),
                ("住院楼维修指定施工方", "一级风险", "维修项目比选，结果公示。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("科主任", "树洛干璠", "middle", [
                ("药品耗材验收把关不严", "二级风险", "验收两人签字，台账管理。"),
            ]),
        ]),
        ("三、公共卫生科", "公共卫生科", [
            ("科员", "破落那瑀", "general", [
                ("慢病随访数据虚报", "二级风险", "随访数据电话回访抽查。"),
                ("预防接种补助发放不实", "三级风险", "补助名册公示，两人复核。"),
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
        "sinan_tangtou_clinic_group_rows", "http://m.52gefu.com/lishi/diming/e5a198e5a4b4e99587",
        "镇中心卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's place-name dictionary entry 塘头镇 "
        "(the 江苏 one and the 贵州思南 one: 面积, 人口, 地名由来, 沿革, 物产): a title, 序号/岗位/姓名/廉政风险点/"
        "风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows ``一、院领导``, ``二、药剂科``, "
        "``三、公共卫生科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def sinan_tangtou_school_selfchecks() -> dict:
    unit = f"{PLACE}塘头中学"
    t = _Truth(unit)
    people = [
        ("树洛干珺", "", "校长", "leader", [
            ("学生营养餐食材采购指定供应商", "高", "食材公开采购，家委会参与监督。", "已落实"),
            ("教辅资料征订收取回扣", "中", "不统一代购教辅。", "已落实"),
        ]),
        ("破落那玙", "教务处", "干事", "general", [
            ("学籍变更材料审核不严", "中", "变更材料两人审核，留档。", "未发现问题"),
            ("考试成绩录入不核对", "低", "成绩录入双人核对。", "已落实"),
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
        "sinan_tangtou_school_selfchecks",
        "https://baike.baidu.hk/item/%E5%A1%98%E9%A0%AD%E9%8E%AE/8535116",
        "镇中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's encyclopedia "
        "entry on 塘頭鎮 (an infobox of 面積/人口/郵政編碼, 歷史沿革 from 唐屬洋川縣): a title, a label row "
        "``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/"
        "``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    sinan_tangtou_town_rank_glued_field(),
    sinan_government_office_list(),
    sinan_renhe_village_list(),
    sinan_health_bureau_list(),
    sinan_forestry_screening(),
    sinan_market_bureau_posts(),
    sinan_tangtou_clinic_group_rows(),
    sinan_tangtou_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1052-inbox"))
