"""The one-thousand-and-twenty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 乡镇, 村, 卫生院, 文旅, 自然资源, 畜牧, 学校 and 交通 bodies of
one county, 晴隆县 (黔西南布依族苗族自治州, 贵州省) — its 沙子镇人民政府, the 碧痕镇新寨村, the 中营镇卫生院,
the 文体广电旅游局, the 自然资源局, the 草地畜牧中心, the 第三中学 and the 交通运输局 — each handing
back the 一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 沙子镇人民政府's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types, 高/中/低;
- the 新寨村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 中营镇卫生院's 一览表: ``科室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 文体广电旅游局's 排查表: ``股室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, ``高风险/中风险/低风险``, no type column;
- the 自然资源局's 清单 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types,
  ``一级风险/二级风险/三级风险``; no names, and no roster;
- the 草地畜牧中心's 清单 under GROUP ROWS ``一、中心领导``, ``二、草地监理站``, ``三、畜牧兽医站``
  (no 科室 column), ``岗位 | 姓名`` merged per person, 高/中/低, no type column;
- the 第三中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  ``一级/二级/三级``, ``防控措施 | 整改情况``.

One is harder:

- ``qinglong_transport_posts_roster_duties``: the 交通运输局's 清单 of POSTS ONLY (``序号 | 科室 | 岗位
  | 廉政风险点 | 风险等级 | 防控措施``, ``科室`` merged, no names), and BELOW it on the same sheet,
  after a blank row and a caption ``人员名单``, a staff roster ``序号 | 姓名 | 科室 | 岗位 | 工作职责``,
  a row a person, each post of the list held by one person — two 科室 each having a ``股长``, so a
  post is known by its 科室 and 岗位 together. docs/layouts.md knows rosters under a post-only list
  (``序号 | 股室 | 岗位 | 姓名``) and, since batch1022, one with a 分工 column (``分工``,
  ``分管工作``, ``具体分工``: HOLDERS_BY_ROSTER_DUTY_BELOW); not one whose extra column says each
  person's duties as ``工作职责``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no unused page of a 晴隆县 body's risk table was found: the sources are pages
on the county — the 二十四道拐, its roads, towns and tea — and each layout says which); the rows are
worded by us, the names invented (the rare compound surnames 吐谷浑 and 步鹿根 with rare given
names); every unit is a body of 晴隆县.

Run ``python tests/published/score.py --set batch1026`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each post's holder is the one person the roster below lists under the same
  科室 and 岗位; the roster's rows, its caption and its ``工作职责`` are no points;
- ``镇领导``, ``院领导``, ``局领导``, ``中心领导`` are the 科室 of the leaders; the 村's and the 中学's
  people have no 科室 where no column gives one; 镇长, 院长, 局长, 主任 (of the 中心), 村党支部书记,
  校长 are leaders; 股长, 站长, 科主任, 主任 (of a 镇's 办) middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``整改情况`` and ``填表日期`` are no points; the
  自然资源局's list names no person: its forms are posts;
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

PREFIX = "b1026_"
PLACE = "晴隆县"
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

LIST_HEAD = ("序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施")
ROSTER_HEAD = ("序号", "姓名", "科室", "岗位", "工作职责")

# the list's rows, posts only: (科室, 岗位, tier, 廉政风险点, 风险等级, 防控措施)
TRANSPORT = [
    ("局领导", "局长", "leader", "农村公路建设项目施工单位确定打招呼", "一级",
     "项目按规定招标，局党组会集体研究。"),
    ("局领导", "局长", "leader", "交通专项资金安排个人说了算", "一级", "资金安排集体研究，结果公开。"),
    ("局领导", "副局长", "leader", "二十四道拐景区道路养护项目验收降低标准", "一级",
     "验收邀请第三方检测，分管领导不单独签字。"),
    ("路政股", "股长", "middle", "超限运输车辆处罚以罚代管", "二级", "处罚结果集体审议，全程执法记录。"),
    ("路政股", "股长", "middle", "涉路施工许可审核放宽", "二级", "许可条件公开，两人现场核验。"),
    ("运输股", "股长", "middle", "道路运输经营许可暗箱操作", "二级", "许可网上办理，结果公示。"),
    ("运输股", "稽查员", "general", "客运班线稽查通风报信", "三级", "稽查计划临时确定，两人以上执法。"),
    ("办公室", "会计", "general", "养护经费报销凭证审核不严", "三级", "凭发票和审批单支付，两人复核。"),
]  # fmt: skip

# the roster below the list: (姓名, 科室, 岗位, 工作职责), a row a person
ROSTER = [
    ("吐谷浑翾", "局领导", "局长", "主持局全面工作"),
    ("步鹿根琤澜", "局领导", "副局长", "分管公路建设、养护工作"),
    ("步鹿根沨", "路政股", "股长", "负责路政管理和路产路权保护"),
    ("吐谷浑琇玥", "运输股", "股长", "负责道路运输市场管理"),
    ("步鹿根湉", "运输股", "稽查员", "负责客运、货运稽查"),
    ("吐谷浑澍琬", "办公室", "会计", "负责局机关财务核算"),
]  # fmt: skip


def qinglong_transport_posts_roster_duties() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    sh = _Sheet("清单", [6, 14, 14, 40, 12, 36])
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add(*LIST_HEAD)
    holder = {(dept, post): who for who, dept, post, _duty in ROSTER}
    first = len(sh.rows)
    for n, (dept, post, tier, point, lv, measures) in enumerate(TRANSPORT, 1):
        sh.add(n, dept, post, point, lv, measures)
        t.point(sh.name, dept, post, holder[(dept, post)], tier, point, [], GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add(None, None, None, None, None, None)
    _line(sh, "人员名单", 6)
    sh.add(*ROSTER_HEAD, None)
    for n, (who, dept, post, duty) in enumerate(ROSTER, 1):
        sh.add(n, who, dept, post, duty, None)
    return _layout(
        "qinglong_transport_posts_roster_duties", "http://www.dhybim.net/news/show.php?itemid=1030",
        "(harder) 县交通运输局 岗位廉政风险防控清单 of POSTS ONLY (序号/科室 merged/岗位 merged per post/廉政风险点/"
        "风险等级 ``一级/二级/三级``/防控措施, no names, no type column) with, BELOW it on the same sheet after a blank "
        "row and a caption ``人员名单``, a staff roster ``序号 | 姓名 | 科室 | 岗位 | 工作职责`` (a row a person, each "
        "post one holder; 路政股 and 运输股 each a 股长), after the source's commentary on the 交通运输局's and 文体广旅局's "
        "notice closing the 二十四道拐抗战公路 to motor traffic (全国重点文物保护单位, 鸦关, 1935–1936 built)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qinglong_shazi_town_list() -> dict:
    unit = f"{PLACE}沙子镇人民政府"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导", "镇长", "吐谷浑骞", "leader", "茶园基地建设项目指定施工队", "思想道德风险", "高",
         "项目按规定比选，镇党委会集体研究。"),
        ("镇领导", "镇长", "吐谷浑骞", "leader", "乡村振兴衔接资金拨付不按进度", "制度机制风险", "高",
         "资金按验收进度拨付，专户管理。"),
        ("党政办", "主任", "步鹿根玓", "middle", "公务接待超标准列支", "岗位职责风险", "中", "接待清单审核，月度公开。"),
        ("农业服务中心", "农技员", "吐谷浑翮瑄", "general", "肉羊养殖补贴登记不实", "业务流程风险", "中",
         "补贴名单入户核实并公示。"),
        ("农业服务中心", "农技员", "吐谷浑翮瑄", "general", "接受农资经销商吃请", "外部环境风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "qinglong_shazi_town_list", "https://www.gzdafzxx.cn/dcgz/gzms/202109/t20210914_70370434.html",
        "镇人民政府 岗位廉政风险防控清单, after the source's travel note on a weekend visit to the 24道拐 (沙子收费站, "
        "观光车, 军事展览馆, 茶园): a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def qinglong_xinzhai_village_list() -> dict:
    unit = f"{PLACE}碧痕镇新寨村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "步鹿根瑄", "leader", "村集体茶园收益分配不公开", "一级", "分配方案村民代表会议表决。"),
        ("村党支部书记", "步鹿根瑄", "leader", "产业路硬化项目指定施工方", "一级", "项目“四议两公开”，全程公示。"),
        ("村委会主任", "吐谷浑泠", "general", "易地搬迁后续扶持名单优亲厚友", "二级", "名单张榜公示。"),
        ("村文书", "步鹿根珩澈", "general", "公益岗补助虚报人数", "二级", "考勤经村务监督委员会审核。"),
        ("村文书", "步鹿根珩澈", "general", "集体山林流转不签合同", "三级", "流转公开竞价，合同备案。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年8月", None, None)
    return _layout(
        "qinglong_xinzhai_village_list", "https://57yx.com/travel-7064",
        "村 小微权力廉政风险防控清单, after the source's travel guide entry on the 24道拐抗战公路 (鸦关, 涌泉寺, 甘泉胜迹): "
        "a title, 序号/职务/姓名 on every row/风险点/风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def qinglong_zhongying_clinic_list() -> dict:
    unit = f"{PLACE}中营镇卫生院"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "步鹿根琮", "leader", "医疗设备采购干预供应商确定", "外部环境", "Ⅰ级",
         "采购公开比选，过问登记。"),
        ("院领导", "院长", "步鹿根琮", "leader", "公共卫生服务经费安排不经集体研究", "制度机制", "Ⅰ级",
         "经费安排院务会研究。"),
        ("公共卫生科", "科主任", "吐谷浑璠", "middle", "家庭医生签约服务数据造假", "岗位职责", "Ⅱ级",
         "签约服务电话回访抽查。"),
        ("公共卫生科", "科主任", "吐谷浑璠", "middle", "慢病随访补助核定不实", "业务流程", "Ⅱ级", "随访记录两人复核。"),
        ("药房", "药剂员", "步鹿根沅琦", "general", "收受药品推销人员礼品", "思想道德", "Ⅲ级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级、Ⅱ级、Ⅲ级。", 8)
    return _layout(
        "qinglong_zhongying_clinic_list", "https://baike.baidu.hk/item/%E4%BA%8C%E5%8D%81%E5%9B%9B%E6%8B%90/2314057",
        "镇卫生院 岗位廉政风险防控一览表, after the source's encyclopedia entry on the 二十四拐 (鸦关, 涌泉寺, 史迪威公路, "
        "明清时代 and 二战时期 sections): a title, 序号/科室 merged/职务 and 姓名 merged per person/廉政风险点/风险类别 "
        "(short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def qinglong_culture_bureau_screening() -> dict:
    unit = f"{PLACE}文体广电旅游局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "吐谷浑璆", "leader", "景区提升项目", "二十四道拐景区提升工程拆分发包规避招标", "高风险",
         "项目按规定招标，结果公示。"),
        ("文物股", "股长", "步鹿根琬", "middle", "文物修缮", "文物保护单位修缮方案审核放宽", "高风险", "方案专家评审，集体研究。"),
        ("文物股", "股长", "步鹿根琬", "middle", "文物经费", "文物巡查经费虚列支出", "中风险", "经费据实报账，两人复核。"),
        ("旅游股", "科员", "吐谷浑湲", "general", "评定推荐", "乡村旅游重点村推荐打招呼", "中风险", "推荐结果公示。"),
        ("旅游股", "科员", "吐谷浑湲", "general", "宣传采购", "旅游宣传品采购不比价", "低风险", "采购三家比价，验收留痕。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年8月", None)
    return _layout(
        "qinglong_culture_bureau_screening", "https://www.meipian.cn/5ii5h49x",
        "县文体广电旅游局 廉政风险点排查表, after the source's travel essay on the 24道拐 (the 1943 photograph, 戈叔亚, "
        "邓茜's book): a title, 序号/股室/岗位/责任人 on EVERY row/a short ``风险点``/a long ``风险表现``/风险等级 "
        "``高风险/中风险/低风险``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def qinglong_natural_resources_posts() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("耕地保护股", "审核岗", "general", "占补平衡指标核定不实", "岗位职责风险", "一级风险", "指标核定两人复核。"),
        ("耕地保护股", "审核岗", "general", "设施农用地备案把关不严", "业务流程风险", "一级风险", "备案实地核查、公示。"),
        ("矿产资源股", "管理岗", "general", "采矿权延续审查放宽", "制度机制风险", "二级风险", "审查结果集体研究。"),
        ("矿产资源股", "管理岗", "general", "接受矿山企业宴请", "思想道德风险", "二级风险", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "测绘成果资料提供不登记", "外部环境风险", "三级风险", "资料提供登记审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "qinglong_natural_resources_posts", "http://m.www.hbzqbyyxgs.com/citiao/174853.html",
        "县自然资源局 岗位廉政风险防控清单 对岗不对人, after the source's entry on 二十四道拐 as a place name (1935 built, "
        "黔滇公路, 援华物资): a title, 序号/股室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级风险/二级风险/三级风险``/防控措施; no names and no roster",
        [sh], t,
    )  # fmt: skip


def qinglong_livestock_centre_group_rows() -> dict:
    unit = f"{PLACE}草地畜牧中心"
    sh = _Sheet("清单", [6, 12, 12, 40, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "步鹿根翀", "leader", [
                ("晴隆羊良种推广项目资金使用个人说了算", "高", "资金使用集体研究，专账管理。"),
                ("饲草料采购指定供应商", "高", "采购按规定比选。"),
            ]),
        ]),
        ("二、草地监理站", "草地监理站", [
            ("站长", "吐谷浑澈", "middle", [
                ("草原征占用审核放宽", "中", "审核两人现场核验，结果公示。"),
            ]),
        ]),
        ("三、畜牧兽医站", "畜牧兽医站", [
            ("防疫员", "步鹿根瑀琰", "general", [
                ("强制免疫补助发放虚报", "中", "补助按免疫档案核发。"),
                ("检疫证明出具不到场", "低", "检疫全程留影像。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年8月", None)
    return _layout(
        "qinglong_livestock_centre_group_rows", "https://meipian.cn/58rmqj20",
        "县草地畜牧中心 岗位廉政风险防控清单 under GROUP ROWS, after the source's travel diary of nine days in 贵州 "
        "(二十四道拐, 安南古城, 美军1880工兵营, 沙子镇): a title, 序号/岗位/姓名/廉政风险点/风险等级 高/中/低/防控措施, "
        "group rows ``一、中心领导``, ``二、草地监理站``, ``三、畜牧兽医站`` merged across; 岗位 and 姓名 merged per "
        "person; no type column",
        [sh], t,
    )  # fmt: skip


def qinglong_third_school_selfchecks() -> dict:
    unit = f"{PLACE}第三中学"
    t = _Truth(unit)
    people = [
        ("吐谷浑玙", "校长", "leader", [
            ("食堂食材采购指定供应商", "一级", "食材公开招标，集体审定。", "已整改"),
            ("教师职称推荐优亲厚友", "二级", "推荐方案公示，校务会研究。", "无需整改"),
        ]),
        ("步鹿根珺璟", "总务干事", "general", [
            ("校舍维修零星工程不比价", "二级", "维修三家比价，验收登记。", "已整改"),
            ("教辅材料代收费用不入账", "三级", "代收费用统一入账，公示。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年8月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "整改情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add("本人签名：", None, "学校意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qinglong_third_school_selfchecks", "https://www.nuhai.net/2021/04/721735.html",
        "县中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's post on the "
        "晴隆二十四道拐 among the 金州十八景 (莫忙亭, 晴隆绿茶, numbered sections): a title, a label row ``姓　名 | 职　务 | "
        "填表日期`` over a row of values, then 序号/廉政风险点/风险等级 ``一级/二级/三级``/防控措施/``整改情况``; no "
        "type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qinglong_transport_posts_roster_duties(),
    qinglong_shazi_town_list(),
    qinglong_xinzhai_village_list(),
    qinglong_zhongying_clinic_list(),
    qinglong_culture_bureau_screening(),
    qinglong_natural_resources_posts(),
    qinglong_livestock_centre_group_rows(),
    qinglong_third_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1026-inbox"))
