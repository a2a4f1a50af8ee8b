"""The one-thousand-and-fiftieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 村, 卫健, 农业农村, 应急, 卫生院, 学校 and 街道 bodies of
one county, 印江土家族苗族自治县 (铜仁市, 贵州省) — its 木黄镇人民政府, the 木黄镇木黄村, the 卫生健康局,
the 农业农村局, the 应急管理局, the 木黄镇卫生院, the 印江中学 and the 龙津街道办事处 — each handing
back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 木黄镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 木黄村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 卫生健康局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 农业农村局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 应急管理局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 木黄镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、药剂科``, ``三、公共卫生科`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 印江中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``yinjiang_longjin_street_shared_holders_in_cell``: the 龙津街道办事处's 一览表 whose ``姓名`` cell
  names SEVERAL holders sharing the same points — ``阿布思琤、骨咄沅``, ``骨咄珩，阿布思湉``,
  ``阿布思瑄　骨咄泠岚`` (a full-width space), ``阿布思璟 骨咄湲`` (a plain space), ``骨咄璠⏎阿布思琬``
  (one a line) — of the rare compound surnames 骨咄 and 阿布思, which no surname list holds; beside
  single holders (``骨咄澈``, the 4-character ``骨咄瑀岚``). docs/layouts.md knows ``王芳、刘洋`` (a
  listed surname among them) and ``郝永福 谭桂兰``; a probe at HEAD read such a cell as ONE holder
  where no part was a name by a listed surname (``骨咄澈　阿布思琤岚`` → ``骨咄澈阿布思琤岚``; after the
  measurement, ``骨咄澈、骨咄沅`` too), but every shared cell here has a four-character ``阿布思…`` that
  passes by the listed ``阿`` (see tests/test_batch1050.py).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 印江 could be found: the pages are of the county, its
towns, villages and sights); the rows are worded by us, the names invented (the rare compound
surnames 骨咄 and 阿布思 with rare given names); every unit is a body of 铜仁市印江土家族苗族自治县.

Run ``python tests/published/score.py --set batch1050`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each holder named in a shared ``姓名`` cell holds the post and ALL the points
  of the rows that cell covers: one form a holder (so ``阿布思琤、骨咄沅`` on two rows are two forms
  of two points each);
- ``镇领导``, ``街道领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the
  中学's 校长 have no 科室 where no column gives one; the 中学's ``教务处干事`` is the 干事 of the 科室
  教务处 (as batch1048's 总务处干事); 镇长, 局长, 副局长, 村党支部书记, 院长, 校长, 街道主任 are leaders;
  股长, 科主任, 所长, a 中心's 主任 middle; the rest general;
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

PREFIX = "b1050_"
PLACE = "铜仁市印江土家族苗族自治县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
SPLIT = ("、", "，", "\u3000", " ", "\n")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def holders(cell: str) -> list[str]:
    """The holders a shared ``姓名`` cell names, as the truth has them (one form each)."""
    for mark in SPLIT:
        cell = cell.replace(mark, "|")
    return [x for x in cell.split("|") if x]


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")

# (科室, 岗位, 姓名 cell as written, tier, 廉政风险点, 风险等级, 防控措施)
LONGJIN = [
    ("街道领导", "主任", "骨咄澈", "leader", "棚户区改造征收补偿方案个人拍板", "一级",
     "补偿方案党工委会集体研究，张榜公示。"),
    ("街道领导", "主任", "骨咄澈", "leader", "辖区工程项目干预施工单位确定", "一级", "工程按规定招标，过问登记。"),
    ("党政办", "科员", "阿布思琤、骨咄沅", "general", "公务接待超标准、清单不实", "二级", "接待清单逐次审核，月度公开。"),
    ("党政办", "科员", "阿布思琤、骨咄沅", "general", "办公用品采购不比价", "三级", "采购三家比价，入库登记。"),
    ("财政所", "会计", "骨咄珩，阿布思湉", "general", "报账凭证审核不严，虚列支出", "一级", "凭证两人复核，所长审签。"),
    ("财政所", "会计", "骨咄珩，阿布思湉", "general", "惠民资金“一卡通”发放错发冒领", "二级", "发放名册公示，系统比对。"),
    ("社会事务办", "工作人员", "阿布思瑄\u3000骨咄泠岚", "general", "低保对象认定优亲厚友", "一级",
     "入户调查两人以上，评议结果公示。"),
    ("社会事务办", "工作人员", "阿布思瑄\u3000骨咄泠岚", "general", "临时救助审核把关不严", "二级", "救助材料集体审核，结果公开。"),
    ("城建办", "工作人员", "骨咄璠\n阿布思琬", "general", "违法建设巡查发现不报", "二级", "巡查轨迹留痕，定期抽查。"),
    ("综治中心", "专干", "阿布思璟 骨咄湲", "general", "矛盾纠纷调处偏袒一方", "二级", "调处意见集体审议，全程记录。"),
    ("综治中心", "专干", "阿布思璟 骨咄湲", "general", "网格员补贴考核打分不实", "三级", "考核细则公开，结果公示。"),
    ("农业服务中心", "主任", "骨咄瑀岚", "middle", "茶园管护补贴面积核定不实", "二级", "面积入户核实，公示五天。"),
]  # fmt: skip


def yinjiang_longjin_street_shared_holders_in_cell() -> dict:
    unit = f"{PLACE}龙津街道办事处"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 10, 18, 40, 10, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, cell, tier, point, lv, measures) in enumerate(LONGJIN, 1):
        sh.add(n, dept, post, cell, point, lv, measures)
        for who in holders(cell):
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "yinjiang_longjin_street_shared_holders_in_cell",
        "http://www.weimomishe.com/doc/f009793765216660d8425",
        "(harder) 街道办事处 岗位廉政风险防控一览表 whose ``姓名`` cell names SEVERAL holders of the same points "
        "(``阿布思琤、骨咄沅``, ``骨咄珩，阿布思湉``, ``阿布思瑄　骨咄泠岚`` with a full-width space, ``阿布思璟 "
        "骨咄湲`` with a plain one, ``骨咄璠⏎阿布思琬`` one a line) of surnames no list holds, after the source's "
        "page on 龙津街道麻柳村 (村民组, 户数, 耕地, the 陈家祠堂, neighbouring villages): a title, 序号/科室 merged/"
        "岗位 and 姓名 merged per holder cell/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a "
        "填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def yinjiang_muhuang_town_list() -> dict:
    unit = f"{PLACE}木黄镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "阿布思翀", "leader", "红色旅游配套项目指定施工队伍", "思想道德风险", "高",
         "项目按规定招标，镇党委会集体研究。"),
        ("镇领导", "镇长", "阿布思翀", "leader", "示范小城镇建设资金拨付不按进度", "制度机制风险", "高",
         "资金按合同和进度拨付，张榜公示。"),
        ("党政办", "主任", "骨咄琮", "middle", "车辆维修费用报账不实", "岗位职责风险", "中", "维修定点，报账附清单。"),
        ("农业服务中心", "农技员", "阿布思澐", "general", "金秋梨种植补贴面积登记不实", "业务流程风险", "中",
         "补贴面积入户核实并公示。"),
        ("农业服务中心", "农技员", "阿布思澐", "general", "接受农资经销商礼品", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "yinjiang_muhuang_town_list",
        "https://pediainside.com/index.php?title=%E6%9C%A8%E9%BB%84%E9%95%87&variant=zh-hans",
        "镇人民政府 岗位廉政风险防控清单, after the source's encyclopedia entry on 木黄镇 (历史沿革, 乡镇概况, "
        "自然资源): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def yinjiang_muhuang_village_list() -> dict:
    unit = f"{PLACE}木黄镇木黄村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "骨咄翾", "leader", "村集体经济收益分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "骨咄翾", "leader", "通组路维修指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "阿布思琇", "general", "公益性岗位人选优亲厚友", "二级", "人选张榜公示。"),
        ("村文书", "骨咄玥", "general", "危房改造申请材料代签代填", "二级", "申请材料经村务监督委员会审核。"),
        ("村文书", "骨咄玥", "general", "村级档案借阅不登记", "三级", "档案借阅登记，定期清点。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "yinjiang_muhuang_village_list",
        "http://www.hedaxin.com.cn/guizhou/yinjiangtujiazumiaozuzizhixian_muhuangzhen_muhuangcun.html",
        "村 小微权力廉政风险防控清单, after the source's place-name page on 木黄村 (区划代码, 地名由来, 基本介绍, "
        "文化旅游): a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def yinjiang_health_bureau_list() -> dict:
    unit = f"{PLACE}卫生健康局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "阿布思翃", "leader", "县域医共体设备采购干预供应商确定", "外部环境", "高风险",
         "设备采购公开招标，过问登记。"),
        ("局领导", "局长", "阿布思翃", "leader", "卫生院改扩建资金安排不经集体研究", "制度机制", "高风险",
         "资金安排局党组会研究。"),
        ("医政股", "股长", "骨咄澍", "middle", "诊所执业登记审查把关不严", "岗位职责", "中风险", "登记资料两人复核。"),
        ("医政股", "股长", "骨咄澍", "middle", "医疗纠纷调处偏袒一方", "业务流程", "中风险", "调处意见集体审议。"),
        ("计划财务股", "会计", "阿布思湲", "general", "接受药品供应商宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "yinjiang_health_bureau_list", "https://www.zgsxzs.com/index.php/index/video/detail?id=44111",
        "县卫生健康局 岗位廉政风险防控一览表, after the source's county profile of 印江 (面积, 辖乡镇街道, 户籍人口, "
        "历史沿革 from 唐武德三年): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 "
        "(short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def yinjiang_agriculture_screening() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "骨咄瑄", "leader", "茶园建设", "生态茶园建设项目拆分发包规避招标", "高",
         "项目按规定招标，结果公示。"),
        ("产业发展股", "股长", "阿布思泠", "middle", "产业奖补", "茶叶加工奖补资金申报审核不实", "高",
         "申报材料现场核验，两人签字。"),
        ("产业发展股", "股长", "阿布思泠", "middle", "项目验收", "产业项目验收走过场", "中", "验收组三人以上，留存影像。"),
        ("畜牧股", "技术员", "骨咄璆", "general", "防疫物资", "动物防疫物资发放不登记", "中", "物资出入库台账管理。"),
        ("畜牧股", "技术员", "骨咄璆", "general", "检疫出证", "不到现场检疫即出具证明", "低", "检疫全程记录，抽查复核。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "yinjiang_agriculture_screening", "https://drbdp.com/4-8187413.html",
        "县农业农村局 廉政风险点排查表, after the source's short question-and-answer page on where 印江县 lies "
        "(地处, 面积, 辖乡镇, 地貌, 气候): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long "
        "``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def yinjiang_emergency_bureau_posts() -> dict:
    unit = f"{PLACE}应急管理局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("安全生产执法大队", "执法岗", "general", "矿山执法检查降格处理", "岗位职责风险", "Ⅰ级", "检查两人以上，全程记录。"),
        ("安全生产执法大队", "执法岗", "general", "隐患整改未复查即销号", "业务流程风险", "Ⅰ级", "整改销号集体审核。"),
        ("防灾减灾股", "物资管理岗", "general", "救灾物资分配优亲厚友", "制度机制风险", "Ⅱ级", "物资按灾情核定，发放公示。"),
        ("防灾减灾股", "物资管理岗", "general", "接受企业礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "培训经费报账不实", "外部环境风险", "Ⅲ级", "报账附培训通知和签到表。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "yinjiang_emergency_bureau_posts", "https://www.9x1x.cn/mip/article/jqnvtb",
        "县应急管理局 岗位廉政风险防控清单 对岗不对人, after the source's reposted encyclopedia entry on 印江 (区域概况, "
        "地名由来, 地理概况 with a table of contents): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def yinjiang_muhuang_clinic_group_rows() -> dict:
    unit = f"{PLACE}木黄镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "骨咄琬", "leader", [
                ("医疗设备购置个人说了算", "一级风险", "设备购置院务会研究，公开采购。"),
                ("基建维修指定施工方", "一级风险", "维修项目比选，结果公示。"),
            ]),
        ]),
        ("二、药剂科", "药剂科", [
            ("科主任", "阿布思璠", "middle", [
                ("药品耗材验收把关不严", "二级风险", "验收两人签字，台账管理。"),
            ]),
        ]),
        ("三、公共卫生科", "公共卫生科", [
            ("科员", "骨咄瑀", "general", [
                ("家庭医生签约数据虚报", "二级风险", "签约数据电话回访抽查。"),
                ("健康体检补助发放不实", "三级风险", "补助名册公示，两人复核。"),
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
        "yinjiang_muhuang_clinic_group_rows", "http://www.weimomishe.com/doc/f00935446521648edb927",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's page on 木黄镇中河村 (村民组, 户数, 耕地, "
        "neighbouring villages, sights and products): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/"
        "三级风险``/防控措施, group rows ``一、院领导``, ``二、药剂科``, ``三、公共卫生科`` merged across; 岗位 and "
        "姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def yinjiang_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}印江中学"
    t = _Truth(unit)
    people = [
        ("阿布思珺", "", "校长", "leader", [
            ("学生校服征订指定商家", "高", "征订自愿，家委会参与比选。", "已落实"),
            ("教辅资料征订收取回扣", "中", "不统一代购教辅。", "已落实"),
        ]),
        ("骨咄玙", "教务处", "干事", "general", [
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
        "yinjiang_middle_school_selfchecks",
        "https://wiki.kfd.me/zh-tw/%E5%8D%B0%E6%B1%9F%E5%9C%9F%E5%AE%B6%E6%97%8F%E8%8B%97%E6%97%8F%E8%87%AA%E6%B2%BB%E5%8E%BF",
        "县中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's wiki article "
        "on 印江土家族苗族自治县 (an infobox of 面積/人口/郵政編碼, 行政區劃 listing the 街道 and 鎮): a title, a label "
        "row ``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/"
        "``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yinjiang_longjin_street_shared_holders_in_cell(),
    yinjiang_muhuang_town_list(),
    yinjiang_muhuang_village_list(),
    yinjiang_health_bureau_list(),
    yinjiang_agriculture_screening(),
    yinjiang_emergency_bureau_posts(),
    yinjiang_muhuang_clinic_group_rows(),
    yinjiang_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1050-inbox"))
