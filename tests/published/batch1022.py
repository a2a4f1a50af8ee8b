"""The one-thousand-and-twenty-second batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 文旅, 产业, 应急, 文物, 图书 and 水务 bodies of one
county, 修文县 (贵阳市, 贵州省) — its 扎佐镇人民政府, the 谷堡镇平滩村, the 文化广电旅游局, the
猕猴桃产业发展局, the 应急管理局, the 文物管理所, the 图书馆 and the 水务局 — each handing back the
一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 扎佐镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 平滩村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 文化广电旅游局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 猕猴桃产业发展局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 应急管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 文物管理所's 清单 under GROUP ROWS ``一、所领导``, ``二、文物保护股``, ``三、陈列展览股`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 图书馆's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``xiuwen_water_list_roster_below_by_duties``: the 水务局's ONE-SHEET 一览表 whose list names NO
  PERSON — ``序号 | 岗位 | 工作分工 | 廉政风险点 | 风险等级 | 防控措施`` — over a roster printed BELOW it
  on the same sheet (``附：领导班子成员及工作人员分工`` over ``序号 | 姓名 | 职务 | 分工``), where ONE
  POST HAS TWO HOLDERS (two 副局长) told apart only by their 分工, which the list repeats on each of
  their rows under ``工作分工``. docs/layouts.md knows two holders of one post told apart by their
  分工 on a roster of another sheet (batch1013) or ABOVE the list on its own sheet (batch1015), and a
  roster below a list giving one holder a post (``附：岗位人员名单``); not a roster below the list
  with a post's two holders told apart by their 分工.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the rows are worded by us, the names invented (the rare compound surnames
吐难 and 莫胡卢 with rare given names); every unit is a body of 修文县.

Run ``python tests/published/score.py --set batch1022`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each list row is the point of the roster's person whose 职务 is the row's
  岗位 and whose 分工 is the row's 工作分工 (the same text); the roster below is no points; the
  ``工作分工`` column is no point and no 科室; the 局's people have no 科室;
- ``镇领导``, ``局领导``, ``所领导`` are the 科室 of the leaders; the 村's and the 图书馆's people
  have no 科室 where no column gives one; 镇长, 局长, 副局长, 村党支部书记, 所长 (of the 文物管理所), 主任
  (of the 图书馆) are leaders; 股长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``落实情况`` and ``填表日期`` are no points; the
  应急管理局's list names no person: its forms are posts;
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

PREFIX = "b1022_"
PLACE = "修文县"
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

# the roster below the list: (姓名, 职务, 分工, tier)
ROSTER = [
    ("吐难翀璆", "局长", "主持局全面工作", "leader"),
    ("莫胡卢玿", "副局长", "分管水利工程建设、农村饮水", "leader"),
    ("吐难浰", "副局长", "分管河湖管理、水土保持", "leader"),
    ("莫胡卢翯", "会计", "负责水利项目资金核算", "general"),
    ("吐难湲珮", "水政监察员", "负责水政执法", "general"),
]

# the list: (岗位, 工作分工, 廉政风险点, 风险等级, 防控措施)
DUTIES = [
    ("局长", "主持局全面工作", "小型水库除险加固工程干预施工单位确定", "高", "项目公开招标，领导干预插手登记报告。"),
    ("局长", "主持局全面工作", "水利建设资金安排个人说了算", "高", "资金安排局党组会集体研究，结果公开。"),
    ("副局长", "分管水利工程建设、农村饮水", "农村饮水工程验收降低标准", "高", "验收邀请第三方和村民代表参加。"),
    ("副局长", "分管水利工程建设、农村饮水", "工程变更签证审核不严", "中", "变更签证集体会审，资料存档。"),
    ("副局长", "分管河湖管理、水土保持", "河道采砂许可暗箱操作", "高", "采砂权公开出让，结果公示。"),
    ("副局长", "分管河湖管理、水土保持", "水土保持补偿费减免不按规定", "中", "减免事项集体研究，依法公示。"),
    ("会计", "负责水利项目资金核算", "项目资金支出凭证审核不严", "中", "凭合同、验收单和发票支付，两人复核。"),
    ("水政监察员", "负责水政执法", "水事违法案件查处说情放纵", "低", "案件集体审理，执法全程记录。"),
]  # fmt: skip


def xiuwen_water_list_roster_below_by_duties() -> dict:
    unit = f"{PLACE}水务局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 12, 28, 36, 10, 36])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "岗位", "工作分工", "廉政风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    holder = {(post, duty): (who, tier) for who, post, duty, tier in ROSTER}
    for n, (post, duty, point, lv, measures) in enumerate(DUTIES, 1):
        sh.add(n, post, duty, point, lv, measures)
        who, tier = holder[(post, duty)]
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    key = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, key), (2, key)])
    sh.add(None, None, None, None, None, None)
    _line(sh, "附：领导班子成员及工作人员分工", 6)
    sh.add("序号", "姓名", "职务", "分工", None, None)
    for n, (who, post, duty, _tier) in enumerate(ROSTER, 1):
        sh.add(n, who, post, duty, None, None)
    sh.add("填表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "xiuwen_water_list_roster_below_by_duties", "http://24hours.tech/article/96158645687169024",
        "(harder) 县水务局 岗位廉政风险防控一览表 on ONE sheet: a list naming NO PERSON (序号/岗位 and 工作分工 merged per "
        "holder/廉政风险点/风险等级 高/中/低/防控措施; no type column) and, printed BELOW it, a roster (``附：领导班子成员及"
        "工作人员分工`` over 序号/姓名/职务/分工) where ONE POST HAS TWO HOLDERS (two 副局长) told apart only by the 分工 "
        "the list's ``工作分工`` column repeats, after the source's gazetteer card of 阳明洞 (名称/拼音/类别/所在省份/"
        "所在城市/所在区县 label rows, 名称含义/名称起源/名称历史 beneath); a 填表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xiuwen_zhazuo_town_list() -> dict:
    unit = f"{PLACE}扎佐镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 10, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "吐难琤翥", "leader", "扎佐林场周边环境整治工程指定施工队", "思想道德风险", "高",
         "工程按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "吐难琤翥", "leader", "工业园区征地补偿款拨付不按进度", "制度机制风险", "高",
         "资金按监理签认的进度拨付。"),
        ("党政办", "主任", "莫胡卢瑱", "middle", "公务接待超标准不如实报账", "岗位职责风险", "中",
         "接待凭公函和清单报账。"),
        ("农业服务中心", "农技员", "吐难沄", "general", "猕猴桃种苗补贴发放登记不实", "业务流程风险", "中",
         "补贴名单入户核实并公示。"),
        ("农业服务中心", "农技员", "吐难沄", "general", "接受农资经销商吃请", "外部环境风险", "低",
         "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "xiuwen_zhazuo_town_list", "https://blog.sina.com.cn/s/blog_17734cf0b0102yrd2.html",
        "镇人民政府 岗位廉政风险防控清单, after the source's travel blog on 阳明洞 (栖霞山, 摩崖石刻, 龙场驿丞): "
        "a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施",
        [sh], t,
    )  # fmt: skip


def xiuwen_pingtan_village_list() -> dict:
    unit = f"{PLACE}谷堡镇平滩村民委员会"
    sh = _Sheet("清单", [6, 14, 10, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "莫胡卢瓒", "leader", "猕猴桃合作社分红方案不公开", "一级", "分红方案村民代表会议表决。"),
        ("村党支部书记", "莫胡卢瓒", "leader", "猕猴桃园区道路项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "吐难璩", "general", "采摘游农家乐奖补评定不公", "二级", "评定结果张榜公示。"),
        ("村文书", "莫胡卢浛", "general", "村集体果园承包不签合同", "二级", "承包公开竞价，合同备案。"),
        ("村文书", "莫胡卢浛", "general", "公益性岗位考勤弄虚作假", "三级", "考勤表经村务监督委员会审核。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年7月", None, None)
    return _layout(
        "xiuwen_pingtan_village_list", "http://gz.people.com.cn/n2/2022/1014/c222152-40160169-2.html",
        "村 小微权力廉政风险防控清单, after the source's photo report on 平滩村's 猕猴桃产业园 (采摘, 分装, 批发商): a "
        "title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def xiuwen_culture_bureau_list() -> dict:
    unit = f"{PLACE}文化广电旅游局"
    sh = _Sheet("一览表", [6, 16, 10, 10, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "莫胡卢澴", "leader", "阳明文化园开发项目干预招商", "外部环境", "高风险",
         "招商项目集体研究，过问登记。"),
        ("局领导", "局长", "莫胡卢澴", "leader", "文旅推介经费安排不经集体研究", "制度机制", "高风险",
         "经费安排局党组会研究。"),
        ("旅游股", "股长", "吐难翙琯", "middle", "A级景区复核打招呼放宽条件", "岗位职责", "中风险",
         "复核专家打分，结果公示。"),
        ("旅游股", "股长", "吐难翙琯", "middle", "乡村旅游奖补对象审核不严", "业务流程", "中风险",
         "奖补对象实地核查后公示。"),
        ("文化市场股", "科员", "莫胡卢霂", "general", "接受娱乐场所经营者礼品", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "xiuwen_culture_bureau_list", "https://www.factpedia.org/wiki/%E9%98%B3%E6%98%8E%E6%B4%9E",
        "县文化广电旅游局 岗位廉政风险防控一览表, after the source's wiki entry on 阳明洞 (何陋轩, 君子亭, 玩易窝): "
        "a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def xiuwen_kiwi_bureau_screening() -> dict:
    unit = f"{PLACE}猕猴桃产业发展局"
    sh = _Sheet("排查表", [6, 14, 10, 10, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "吐难玙", "leader", "产业园项目", "猕猴桃产业园配套工程拆分发包规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("产业股", "股长", "莫胡卢璁", "middle", "冷库补贴", "冷链冷库补贴库容核定不实", "高", "冷库补贴集体审核。"),
        ("产业股", "股长", "莫胡卢璁", "middle", "品牌授权", "地理标志使用授权审核放宽", "中",
         "案件集体审理，执法全程记录。"),
        ("技术服务站", "技术员", "吐难翊淏", "general", "技术服务", "技术指导服务天数虚报", "中", "巡护轨迹与考勤核对。"),
        ("技术服务站", "技术员", "吐难翊淏", "general", "苗木领用", "贵长种苗领用不登记", "低", "苗木出入库台账管理。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年7月", None)
    return _layout(
        "xiuwen_kiwi_bureau_screening", "https://www.qiue.cn/content/3145.html",
        "县猕猴桃产业发展局 廉政风险点排查表, after the source's entry on 修文猕猴桃 (贵长, 地理标志, 产地十个乡镇): a title, "
        "序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 高/中/低/防控措施; no type "
        "column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def xiuwen_emergency_bureau_posts() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("安全监管股", "执法检查岗", "general", "非煤矿山执法检查走过场", "岗位职责风险", "Ⅰ级",
         "评定材料两人审核，结果公示。"),
        ("安全监管股", "执法检查岗", "general", "隐患整改复查不及时销号", "业务流程风险", "Ⅰ级",
         "每季度与公安户籍信息比对。"),
        ("救灾股", "救灾物资岗", "general", "救灾物资分配优亲厚友", "制度机制风险", "Ⅱ级", "物资按灾情核定，发放公示。"),
        ("救灾股", "救灾物资岗", "general", "接受生产经营单位礼品", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "应急演练经费报账不实", "外部环境风险", "Ⅲ级", "报账附维护前后照片。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "xiuwen_emergency_bureau_posts", "https://m.163.com/dy/article/JD8STABJ05346936.html",
        "县应急管理局 岗位廉政风险防控清单 对岗不对人, after the source's report on 修文猕猴桃's 采摘季 (宏夏合作社, 园区"
        "大道堵车, 近郊游客): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def xiuwen_relics_office_group_rows() -> dict:
    unit = f"{PLACE}文物管理所"
    sh = _Sheet("清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、所领导", "所领导", [
            ("所长", "莫胡卢琇", "leader", [
                ("阳明文化史料征集经费使用个人说了算", "一级风险", "经费使用集体研究，专账管理。"),
                ("文物数字化外包项目指定服务商", "一级风险", "外包项目政府采购。"),
            ]),
        ]),
        ("二、文物保护股", "文物保护股", [
            ("股长", "吐难澥", "middle", [
                ("不可移动文物巡查打分放水", "二级风险", "检查两人以上，评分公示。"),
            ]),
        ]),
        ("三、陈列展览股", "陈列展览股", [
            ("管理员", "莫胡卢璠", "general", [
                ("违规提供馆藏文物拍摄", "二级风险", "查阅审批登记，全程监控。"),
                ("讲解服务收费不开票据", "三级风险", "收费统一开票，定期核对。"),
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
    sh.add("填表：", None, "审核：", None, "2025年7月", None)
    return _layout(
        "xiuwen_relics_office_group_rows",
        "http://m.52gefu.com/lishi/diming/e998b3e6988ee6b49e",
        "县文物管理所 岗位廉政风险防控清单 under GROUP ROWS, after the source's gazetteer entry on 阳明洞 (龙岗山, 王文成公祠, "
        "何陋轩, 宾阳堂): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group "
        "rows ``一、所领导``, ``二、文物保护股``, ``三、陈列展览股`` merged across; 岗位 and 姓名 merged per person; no type "
        "column",
        [sh], t,
    )  # fmt: skip


def xiuwen_library_selfchecks() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    people = [
        ("吐难璇澪", "主任", "leader", [
            ("图书采购指定书商收受好处", "高", "广告业务统一签约，价格公开。", "已落实"),
            ("数字资源采购不比价", "中", "采购三家比价，集体审定。", "已落实"),
        ]),
        ("莫胡卢澔", "馆员", "general", [
            ("过期图书剔除变卖不入账", "中", "签订廉洁承诺书，违规通报。", "未发现问题"),
            ("流动图书车差旅费重复报销", "低", "差旅报销附派车单和行程。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年7月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xiuwen_library_selfchecks", "https://m.maigoo.com/citiao/52617.html",
        "县图书馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's encyclopedia "
        "card on 修文猕猴桃 (分类, 标志编号, 证书持有者, 产地): a title, a label row ``姓　名 | 职　务 | 填表日期`` over a row "
        "of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xiuwen_water_list_roster_below_by_duties(),
    xiuwen_zhazuo_town_list(),
    xiuwen_pingtan_village_list(),
    xiuwen_culture_bureau_list(),
    xiuwen_kiwi_bureau_screening(),
    xiuwen_emergency_bureau_posts(),
    xiuwen_relics_office_group_rows(),
    xiuwen_library_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1022-inbox"))
