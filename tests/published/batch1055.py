"""The one-thousand-and-fifty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 镇, 街道, 村, 教育, 自然资源, 文广旅, 卫生院 and 学校 bodies of
one county-level city, 福泉市 (黔南布依族苗族自治州, 贵州省) — its 道坪镇人民政府, the 马场坪街道办事处,
the 凤山镇杨老村, the 教育局, the 自然资源局, the 文化广电旅游局, the 牛场镇卫生院 and the 福泉中学 —
each handing back the 一览表, 清单, 排查表, 防控卡 or 自查表 its staff typed in WPS or Excel:

- the 马场坪街道办事处's 一览表: ``部门`` merged, ``岗位名称 | 姓名`` merged per person, ``…风险`` types,
  高/中/低;
- the 杨老村's 清单: ``职务 | 姓名`` on every row, a ``权力事项`` column before the ``风险点``,
  ``一级/二级/三级``, no type column;
- the 教育局's 一览表: ``股室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``高风险/中风险/低风险``;
- the 自然资源局's 排查表: ``科室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 文化广电旅游局's 清单 对岗不对人: ``科室`` and ``岗位`` merged, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
  no names;
- the 牛场镇卫生院's 防控卡 under GROUP ROWS ``一、院领导``, ``二、检验科``, ``三、收费室`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 福泉中学's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 落实情况``.

One is harder:

- ``fuquan_daoping_town_post_space_rare_name``: the 道坪镇人民政府's 清单 whose one ``岗位及人员``
  column (no 岗位, no 姓名 column) writes each post, a SPACE (half- or full-width) and its holder
  — ``镇长　大利稽珩``, ``副镇长 拓拔子墨``, ``主任　大利稽心悦``, ``会计 拓拔政``, ``站长　拓拔干``,
  ``主任 大利稽瑄``, ``护林员　拓拔琤`` — of the rare compound surnames 大利稽 and 拓拔, which no
  surname list holds, their given names of four or five characters in all or holding characters
  that also stand in words of posts or work (子, 心, 政, 干). docs/layouts.md knows ``主任
  虢慕宁`` (a space marks a name of three characters whatever its surname) and ``股长　叱伏列珂``
  beside the row's own 岗位 column (HOLDER_AFTER_OWN_POST); a probe at HEAD (a 县水利局's 清单
  under ``岗位人员``, ``岗位及人员`` and ``职务姓名``) read ``股长 大利稽珩`` as post ``股长大`` and
  holder ``利稽珩`` (``局长　树洛干琤`` as ``局长树洛`` | ``干琤``, ``办公室主任　大利稽琇`` as
  ``办公室主任大`` | ``利稽琇``), and ``会计　拓拔干``, ``主任　拓拔科琇``, ``副镇长 拓拔子墨`` as a holder
  of the whole cell with no post; ``局长 拓拔琤``, ``局长 王明``, ``会计　欧阳建设`` read right.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited (no risk table of 福泉 could be found: the pages are of the city, its towns,
its old city wall and its sights); the rows are worded by us, the names invented (the rare
compound surnames 拓拔 and 大利稽 with rare given names); every unit is a body of 黔南州福泉市.

Run ``python tests/published/score.py --set batch1055`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``岗位及人员`` cell of a post, a space and a name is that post (all before the
  space) and that holder (all after it), whatever characters the name holds;
- ``镇领导``, ``街道领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's people and the
  中学's 校长 have no 科室 where no column gives one; the 中学's ``总务处干事`` is the 干事 of the 科室
  总务处; 镇长, 副镇长, 街道主任, 局长, 副局长, 村党支部书记, 院长, 校长 are leaders; 股长, 科主任, 所长,
  站长, a 办's or a 中心's 主任 middle; the rest general;
- ``权力事项`` is no point (the 村's point is its ``风险点``); ``风险点 | 风险表现``: the point is the
  short 风险点; ``落实情况`` and ``填表日期`` are no points; the 文化广电旅游局's list names no person:
  its forms are posts;
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

PREFIX = "b1055_"
PLACE = "黔南州福泉市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
SPACES = (" ", "\u3000")


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

HEAD = ("序号", "科室", "岗位及人员", "廉政风险点", "风险类别", "风险等级", "防控措施")

# (科室, 岗位及人员 cell as written, post, holder, tier, 廉政风险点, 风险类别, 风险等级, 防控措施)
DAOPING = [
    ("镇领导", "镇长\u3000大利稽珩", "镇长", "大利稽珩", "leader", "磷化工配套项目指定施工队伍", "外部环境", "高",
     "项目按规定招标，镇党委会集体研究。"),
    ("镇领导", "镇长\u3000大利稽珩", "镇长", "大利稽珩", "leader", "洋芋产业园建设资金拨付不按进度", "制度机制", "高",
     "资金按合同和进度拨付，张榜公示。"),
    ("镇领导", "副镇长 拓拔子墨", "副镇长", "拓拔子墨", "leader", "地质灾害搬迁安置对象认定不公", "岗位职责", "高",
     "安置对象入户核实，名单公示。"),
    ("党政办", "主任\u3000大利稽心悦", "主任", "大利稽心悦", "middle", "公务接待清单不实、超标准", "制度机制", "中",
     "接待事前审批，清单月度公开。"),
    ("财政所", "会计 拓拔政", "会计", "拓拔政", "general", "报账凭证审核不严，虚列支出", "岗位职责", "高",
     "凭证两人复核，所长审签。"),
    ("财政所", "会计 拓拔政", "会计", "拓拔政", "general", "耕地地力补贴发放错发冒领", "业务流程", "中",
     "发放名册公示，系统比对。"),
    ("安监站", "站长\u3000拓拔干", "站长", "拓拔干", "middle", "非煤矿山安全检查走过场", "岗位职责", "中",
     "检查两人以上，全程留痕。"),
    ("农业服务中心", "主任 大利稽瑄", "主任", "大利稽瑄", "middle", "种植补贴面积核定不实", "业务流程", "中",
     "面积入户核实，公示五天。"),
    ("农业服务中心", "主任 大利稽瑄", "主任", "大利稽瑄", "middle", "接受农资经销商礼品", "思想道德", "低",
     "签订廉洁承诺书。"),
    ("林业站", "护林员\u3000拓拔琤", "护林员", "拓拔琤", "general", "护林巡查记录弄虚作假", "岗位职责", "低",
     "巡护轨迹系统抽查。"),
]  # fmt: skip


def fuquan_daoping_town_post_space_rare_name() -> dict:
    unit = f"{PLACE}道坪镇人民政府"
    t = _Truth(unit)
    sh = _Sheet("清单", [6, 14, 18, 40, 10, 10, 36])
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, cell, post, who, tier, point, typ, lv, measures) in enumerate(DAOPING, 1):
        sh.add(n, dept, cell, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2)
    sh.add("填表人：", None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "fuquan_daoping_town_post_space_rare_name", "https://363616.com/article/1159732.html",
        "(harder) 镇人民政府 岗位廉政风险防控清单 whose one ``岗位及人员`` column writes each post, a SPACE (half- "
        "or full-width) and its holder of a surname no list holds (``镇长　大利稽珩``, ``副镇长 拓拔子墨``, "
        "``会计 拓拔政``, ``站长　拓拔干``: given names of four or five characters, or holding characters of "
        "posts' and work's words), after the source's page on 道坪镇 (位置, 气候, 面积, 人口, 洋芋, 磷矿): a "
        "title, 序号/科室 merged/岗位及人员 merged per holder/廉政风险点/风险类别 (short names)/风险等级 高/中/低/"
        "防控措施; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fuquan_machangping_street_list() -> dict:
    unit = f"{PLACE}马场坪街道办事处"
    sh = _Sheet("一览表", [6, 14, 12, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位名称", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "拓拔翀", "leader", "物流园区征地补偿方案个人拍板", "制度机制风险", "高",
         "补偿方案党工委会集体研究，张榜公示。"),
        ("街道领导", "主任", "拓拔翀", "leader", "老旧小区改造项目干预施工单位确定", "外部环境风险", "高",
         "项目按规定招标，过问登记。"),
        ("社会事务办", "主任", "大利稽琮", "middle", "低保对象认定优亲厚友", "岗位职责风险", "中",
         "入户调查两人以上，评议结果公示。"),
        ("社区服务中心", "工作人员", "拓拔澐", "general", "临时救助审核把关不严", "业务流程风险", "中",
         "救助材料集体审核，结果公开。"),
        ("社区服务中心", "工作人员", "拓拔澐", "general", "接受服务对象礼品", "思想道德风险", "低", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "fuquan_machangping_street_list", "https://www.bkwk.cn/article/jmfqtszzcsdxzfbyml.html",
        "街道办事处 岗位廉政风险防控一览表, after the source's article on how 福泉市's 街道, 镇 and 乡 are spread "
        "(金山, 马场坪, 龙潭, 道坪, 牛场 …): a title, 序号/部门 merged/岗位名称 and 姓名 merged per person/廉政风险点/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def fuquan_yanglao_village_list() -> dict:
    unit = f"{PLACE}凤山镇杨老村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 18, 36, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}村级小微权力廉政风险防控清单", 7)
    sh.add("序号", "职务", "姓名", "权力事项", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "大利稽翾", "leader", "集体资产管理", "村集体林地承包收益分配不公开", "一级",
         "分配方案村民代表会议表决。"),
        ("村党支部书记", "大利稽翾", "leader", "村级工程建设", "通组路硬化指定施工方", "一级",
         "项目“四议两公开”，全程公示。"),
        ("村委会主任", "拓拔琇", "general", "公益岗位管理", "公益性岗位人选优亲厚友", "二级", "人选张榜公示。"),
        ("村文书", "大利稽玥", "general", "惠民政策落实", "危房改造申请材料代签代填", "二级",
         "申请材料经村务监督委员会审核。"),
        ("村文书", "大利稽玥", "general", "村务档案管理", "村级档案借阅不登记", "三级", "档案借阅登记，定期清点。"),
    ]  # fmt: skip
    for n, (post, who, tier, power, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, power, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, None, "2025年9月", None, None)
    return _layout(
        "fuquan_yanglao_village_list",
        "https://www.newton.com.tw/wiki/%E9%B3%B3%E5%B1%B1%E9%8E%AE/6498659",
        "村 村级小微权力廉政风险防控清单, after the source's encyclopedia entry on 福泉市鳳山鎮 (地理位置, 建制沿革, "
        "竹王城, 楊老驛站): a title, 序号/职务/姓名 on every row/``权力事项``/风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def fuquan_education_bureau_list() -> dict:
    unit = f"{PLACE}教育局"
    sh = _Sheet("一览表", [6, 16, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "大利稽翃", "leader", "校舍改扩建项目干预招标", "外部环境", "高风险",
         "项目公开招标，过问登记。"),
        ("局领导", "局长", "大利稽翃", "leader", "教育经费分配不经集体研究", "制度机制", "高风险", "经费分配局党组会研究。"),
        ("基础教育股", "股长", "拓拔澍", "middle", "招生入学材料审核把关不严", "岗位职责", "中风险", "入学材料两人复核。"),
        ("基础教育股", "股长", "拓拔澍", "middle", "学生转学办理收受好处", "业务流程", "中风险", "转学条件公开，结果公示。"),
        ("计划财务股", "会计", "大利稽湲", "general", "接受教学设备供应商宴请", "思想道德", "低风险", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为高风险、中风险、低风险。", 8)
    return _layout(
        "fuquan_education_bureau_list", "https://www.xnydt.com/zatan/18534.html",
        "市教育局 岗位廉政风险防控一览表, after the source's piece on 福泉's tourism (民族, 人口, 且兰国, 平越卫, "
        "古城墙, 葛镜桥, 西南交大 迁福泉办学): a title, 序号/股室 merged/职务 and 姓名 merged per person/廉政风险点/"
        "风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def fuquan_natural_resources_screening() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "拓拔瑄", "leader", "土地出让", "经营性用地出让条件量身设定", "高",
         "出让方案集体研究，网上公开。"),
        ("矿产资源管理股", "股长", "大利稽泠", "middle", "采矿权审查", "磷矿采矿权延续审查把关不严", "高",
         "审查材料现场核验，两人签字。"),
        ("矿产资源管理股", "股长", "大利稽泠", "middle", "储量核实", "矿山储量年报核实走过场", "中", "核实组三人以上，留存影像。"),
        ("不动产登记中心", "窗口人员", "拓拔璆", "general", "登记受理", "不动产登记材料不全即受理", "中",
         "受理材料清单化，抽查复核。"),
        ("不动产登记中心", "窗口人员", "拓拔璆", "general", "办理时限", "故意拖延办理索要好处", "低", "办理时限公开，超时预警。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "fuquan_natural_resources_screening",
        "https://wonilvalve.com/index.php?q=https%3A%2F%2Fja.m.wikipedia.org%2Fwiki%2F%E7%A6%8F%E6%B3%89%E5%B8%82",
        "市自然资源局 廉政风险点排查表, after the source's (proxied, Japanese) encyclopedia article on 福泉市 (面積, "
        "人口, 歴史 from 且蘭国, 行政区画): a title, 序号/科室/岗位/责任人 on EVERY row/a short ``风险点``/a long "
        "``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def fuquan_culture_tourism_posts() -> dict:
    unit = f"{PLACE}文化广电旅游局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "科室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("文化市场综合执法大队", "执法岗", "general", "娱乐场所检查降格处理", "岗位职责风险", "Ⅰ级", "检查两人以上，全程记录。"),
        ("文化市场综合执法大队", "执法岗", "general", "罚没物品处置不规范", "业务流程风险", "Ⅰ级", "罚没物品登记，公开处置。"),
        ("文物股", "文物保护岗", "general", "古城墙修缮项目验收走过场", "制度机制风险", "Ⅱ级", "验收邀请专家参加。"),
        ("文物股", "文物保护岗", "general", "接受施工单位礼品礼金", "思想道德风险", "Ⅱ级", "签订廉洁承诺书。"),
        ("办公室", "综合岗", "general", "节庆活动经费报账不实", "外部环境风险", "Ⅲ级", "报账附活动方案和合同。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "fuquan_culture_tourism_posts",
        "https://photoriginal.net/news/detail/channel_sid/office/column_sid/upnews/t/1757060824/id/460.html",
        "市文化广电旅游局 岗位廉政风险防控清单 对岗不对人, after the source's photo essay on 福泉古城 (明洪武, 平越卫, "
        "城墙, 屯堡文化): a title, 序号/科室 merged/岗位 merged per post/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def fuquan_niuchang_clinic_group_rows() -> dict:
    unit = f"{PLACE}牛场镇卫生院"
    sh = _Sheet("防控卡", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、院领导", "院领导", [
            ("院长", "拓拔琬", "leader", [
                ("医疗设备购置个人说了算", "一级风险", "设备购置院务会研究，公开采购。"),
                ("门诊楼维修指定施工方", "一级风险", "维修项目比选，结果公示。"),
            ]),
        ]),
        ("二、检验科", "检验科", [
            ("科主任", "大利稽璠", "middle", [
                ("检验试剂验收把关不严", "二级风险", "验收两人签字，台账管理。"),
            ]),
        ]),
        ("三、收费室", "收费室", [
            ("收费员", "拓拔瑀", "general", [
                ("门诊收费不及时入账", "二级风险", "日清日结，票据核销。"),
                ("退费审核不严", "三级风险", "退费两人签字，月度核对。"),
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
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "fuquan_niuchang_clinic_group_rows",
        "https://pediainside.com/index.php?title=%E7%A6%8F%E6%B3%89%E5%B8%82%E7%89%9B%E5%9C%BA%E9%95%87&variant=zh-hant",
        "镇卫生院 岗位廉政风险防控卡 under GROUP ROWS, after the source's encyclopedia entry on 福泉市牛場鎮 (位置, "
        "面積, 人口, 瓮福磷礦, 轄村): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、院领导``, ``二、检验科``, ``三、收费室`` merged across; 岗位 and 姓名 merged per person; no "
        "type column",
        [sh], t,
    )  # fmt: skip


def fuquan_middle_school_selfchecks() -> dict:
    unit = f"{PLACE}福泉中学"
    t = _Truth(unit)
    people = [
        ("大利稽珺", "", "校长", "leader", [
            ("学生校服征订指定商家", "高", "征订自愿，家委会参与比选。", "已落实"),
            ("食堂大宗食材采购不比价", "中", "食材公开采购，价格公示。", "已落实"),
        ]),
        ("拓拔玙", "总务处", "干事", "general", [
            ("办公用品入库不核对", "中", "入库两人验收，台账登记。", "未发现问题"),
            ("维修零星工程结算不实", "低", "结算附维修清单和照片。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, dept + post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "落实情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "校领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "fuquan_middle_school_selfchecks", "http://www.chiyou.name/page/gzzl/fqgc.htm",
        "市中学 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's article on "
        "福泉古城 between water and stone (小西门水城, 平越, 明洪武 fortifications): a title, a label row "
        "``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/"
        "``落实情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fuquan_daoping_town_post_space_rare_name(),
    fuquan_machangping_street_list(),
    fuquan_yanglao_village_list(),
    fuquan_education_bureau_list(),
    fuquan_natural_resources_screening(),
    fuquan_culture_tourism_posts(),
    fuquan_niuchang_clinic_group_rows(),
    fuquan_middle_school_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1055-inbox"))
