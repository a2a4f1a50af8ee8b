"""The one-thousand-and-thirty-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: the 街道, 村, 学校, 卫生院, 水务, 财政 and 图书馆 bodies and the
自然资源局 of one county, 纳雍县 (毕节市, 贵州省) — its 雍熙街道办事处, the 龙场镇营脚村, the 第一中学,
the 张家湾镇卫生院, the 水务局, the 财政局, the 图书馆 and the 自然资源局 — each handing back the
一览表, 清单, 排查表 or 自查表 its staff typed in WPS or Excel:

- the 雍熙街道办事处's 清单: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types,
  高/中/低;
- the 营脚村's 清单: ``职务 | 姓名`` on every row, ``一级/二级/三级``, no type column;
- the 第一中学's 排查表: ``处室 | 岗位 | 责任人`` on every row, a short ``风险点`` beside a long
  ``风险表现``, 高/中/低, no type column;
- the 张家湾镇卫生院's 一览表: ``科室`` merged, ``职务 | 姓名`` merged per person, short types under
  ``风险类别``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 水务局's 清单 对岗不对人: ``股室`` and ``岗位`` merged, ``…风险`` types,
  ``一级风险/二级风险/三级风险``; no names;
- the 财政局's 清单 under GROUP ROWS ``一、局领导``, ``二、预算股``, ``三、国库支付中心`` (no 科室
  column), ``岗位 | 姓名`` merged per person, ``高风险/中风险/低风险``, no type column;
- the 图书馆's 自查表, one sheet a person: ``姓　名 | 职　务 | 填表日期`` over a row of values,
  高/中/低, ``防控措施 | 整改情况``.

One is harder:

- ``nayong_natural_resources_rank_glued_name``: the 自然资源局's 一览表 (``序号 | 股室 | 岗位 |
  姓名 | 廉政风险点 | 风险等级 | 防控措施``) whose 姓名 cells write the holder's RANK or title
  typed STRAIGHT ONTO his name, no space (``副局长叱卢琛``, ``四级主任科员叱卢珂``,
  ``一级科员叱卢瑶``, ``股长叱卢翾澄``), the names of a compound surname the reader does not list
  (叱卢); the 岗位 column names the duty post (``分管领导``, ``用地审批岗`` …). docs/layouts.md knows
  a post typed onto a name (``党总支书记冷霁川``) and the space after the row's own post
  (HOLDER_AFTER_OWN_POST: ``股长　叱伏列珂``); not a rank glued onto a name whose surname it does
  not know, which it cuts at the known surname after it (``卢琛``).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; where no unused page of a risk table was found, the source is a page of the
county (纳雍) or of the kind of body whose table is imitated, and the layout says so. The rows are
worded by us, the names invented (the rare compound surnames 叱卢 and 厍狄 with rare given names);
every unit is a body of 纳雍县.

Run ``python tests/published/score.py --set batch1033`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the holder is the whole name after the rank or title (``叱卢琛``, four
  characters for ``叱卢翾澄``); his post is the 岗位 column's, the rank glued in 姓名 is no post;
- ``街道领导``, ``局领导``, ``院领导`` are the 科室 of the leaders; the 村's and the 图书馆's people have
  no 科室 where no column gives one; 主任 (of a 街道办), 局长, 副局长, 院长, 校长, 村党支部书记, 馆长,
  分管领导 are leaders; 股长, 主任 (of a 办 or 中心 within a body), 科长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``整改情况`` and ``填表日期`` are no points; the
  水务局's list names no person: its forms are posts;
- 高/中/低, ``一级/二级/三级``, ``一级风险/…``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b1033_"
PLACE = "纳雍县"
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

HEAD = ("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")

# (股室, 岗位, 姓名 cell as typed, holder, tier, 廉政风险点, 风险等级, 防控措施)
RESOURCES = [
    ("局领导", "分管领导", "副局长叱卢琛", "叱卢琛", "leader", "矿业权出让方案审核打招呼", "一级",
     "出让方案局党组集体研究，全程留痕。"),
    ("局领导", "分管领导", "副局长叱卢琛", "叱卢琛", "leader", "土地整治项目验收放宽标准", "一级",
     "验收联合第三方，结果公示。"),
    ("用途管制股", "用地审批岗", "股长叱卢翾澄", "叱卢翾澄", "middle", "建设用地报批材料把关不严", "二级",
     "报批材料两级审核。"),
    ("用途管制股", "用地审批岗", "股长叱卢翾澄", "叱卢翾澄", "middle", "临时用地复垦保证金退还不按规定", "二级",
     "退还须复垦验收合格并集体审定。"),
    ("不动产登记中心", "登记审核岗", "四级主任科员叱卢珂", "叱卢珂", "general", "不动产登记资料审查走过场", "二级",
     "登记实行初审、复审分离。"),
    ("不动产登记中心", "登记审核岗", "四级主任科员叱卢珂", "叱卢珂", "general", "违规查询泄露权利人信息", "三级",
     "查询留痕，定期抽查。"),
    ("执法监察大队", "执法岗", "一级科员叱卢瑶", "叱卢瑶", "general", "违法占地查处降格处理", "二级",
     "处罚决定集体讨论，结果公开。"),
    ("办公室", "财务岗", "厍狄珝", "厍狄珝", "general", "差旅费报销审核不严", "三级", "凭审批单和票据报销，两人复核。"),
]  # fmt: skip


def nayong_natural_resources_rank_glued_name() -> dict:
    unit = f"{PLACE}自然资源局"
    t = _Truth(unit)
    sh = _Sheet("一览表", [6, 14, 12, 18, 38, 10, 34])
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add(*HEAD)
    first = len(sh.rows)
    for n, (dept, post, cell, who, tier, point, lv, measures) in enumerate(RESOURCES, 1):
        sh.add(n, dept, post, cell, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    return _layout(
        "nayong_natural_resources_rank_glued_name",
        "https://www.zhetiaohe.com/ss/8c65b7f6634efa6c28e16f85330aa1f12567f12d16080caad2d452f0fcf52b5d.html",
        "(harder) 县自然资源局 岗位廉政风险防控一览表 whose 姓名 cells write the holder's RANK or title typed STRAIGHT "
        "ONTO his name (``副局长叱卢琛``, ``四级主任科员叱卢珂``, ``一级科员叱卢瑶``, ``股长叱卢翾澄``), a compound "
        "surname the reader does not list; after the source's question page on what rank a 县直单位's 局长 holds "
        "(no risk table found unused: a page on the ranks such cells write): a title, 序号/股室 merged/岗位 and 姓名 "
        "merged per person/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def nayong_yongxi_subdistrict_list() -> dict:
    unit = f"{PLACE}雍熙街道办事处"
    sh = _Sheet("清单", [6, 14, 10, 12, 38, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("街道领导", "主任", "厍狄珩", "leader", "老旧小区改造项目干预施工方确定", "外部环境风险", "高",
         "项目公开招标，过问登记。"),
        ("街道领导", "主任", "厍狄珩", "leader", "街道经费大额支出不上会", "制度机制风险", "高", "大额支出党工委会研究。"),
        ("社会事务办", "主任", "叱卢渟", "middle", "临时救助对象审核把关不严", "岗位职责风险", "中",
         "救助对象入户核查并公示。"),
        ("综合执法队", "执法员", "厍狄翀", "general", "占道经营查处吃拿卡要", "思想道德风险", "中", "执法全程记录。"),
        ("综合执法队", "执法员", "厍狄翀", "general", "暂扣物品登记不全", "业务流程风险", "低", "暂扣物品台账管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    return _layout(
        "nayong_yongxi_subdistrict_list",
        "http://www.hedaxin.com.cn/list/2/nayongxiangejiedaoxiangzhenqingkuangjieshao.html",
        "街道办事处 岗位廉政风险防控清单, after the source's page introducing 纳雍's 乡镇 and 街道 (雍熙镇's place, "
        "area, households, history; no risk table found unused: a page of the county): a title, 序号/科室 merged/"
        "岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def nayong_yingjiao_village_list() -> dict:
    unit = f"{PLACE}龙场镇营脚村民委员会"
    sh = _Sheet("清单", [6, 14, 12, 40, 10, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 6)
    sh.add("序号", "职务", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("村党支部书记", "叱卢沣", "leader", "易地搬迁旧房拆除补助名单不公开", "一级", "补助名单村民代表会议评议。"),
        ("村党支部书记", "叱卢沣", "leader", "村集体合作社收益分配个人说了算", "一级", "分配方案“四议两公开”。"),
        ("村委会副主任", "厍狄昀", "general", "公益性岗位人员推荐优亲厚友", "二级", "推荐结果张榜公示。"),
        ("村监委会主任", "叱卢湉", "general", "村务公开监督走过场", "三级", "监督记录报镇纪委备案。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    sh.add("村务监督委员会意见：", None, None, "2025年9月", None, None)
    return _layout(
        "nayong_yingjiao_village_list", "http://gz.people.com.cn/n2/2020/0911/c222152-34286078.html",
        "村 小微权力廉政风险防控清单, after the source's report on 毕节's 脱贫 (从“五子登科”到“新五子再登科”, numbered "
        "parts; no risk table found unused: a page on the county's 市): a title, 序号/职务/姓名 on every row/风险点/"
        "风险等级 ``一级/二级/三级``/防控措施; no type column",
        [sh], t,
    )  # fmt: skip


def nayong_first_school_screening() -> dict:
    unit = f"{PLACE}第一中学"
    sh = _Sheet("排查表", [6, 14, 10, 12, 16, 38, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "责任人", "风险点", "风险表现", "风险等级", "防控措施")
    rows = [
        ("校领导", "校长", "叱卢骞", "leader", "食堂承包", "食堂承包经营指定关系户", "高", "承包公开招标，教代会监督。"),
        ("教务处", "主任", "厍狄琮", "middle", "招生编班", "新生编班接受家长请托", "中", "编班电脑随机，结果公开。"),
        ("教务处", "主任", "厍狄琮", "middle", "教辅征订", "教辅资料征订收取回扣", "高", "按目录自愿征订。"),
        ("总务处", "保管员", "叱卢沅", "general", "物资保管", "实验耗材出入库不登记", "低", "出入库台账，月末盘点。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "nayong_first_school_screening", "https://cbgc.scol.com.cn/news/6132883",
        "中学 廉政风险点排查表, after the source's report on 廉洁副校长 sent into a district's schools (no risk table "
        "found unused: a page on the kind of body): a title, 序号/处室/岗位/责任人 on EVERY row/a short ``风险点``/a "
        "long ``风险表现``/风险等级 高/中/低/防控措施; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def nayong_zhangjiawan_clinic_list() -> dict:
    unit = f"{PLACE}张家湾镇卫生院"
    sh = _Sheet("一览表", [6, 14, 10, 12, 38, 12, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("院领导", "院长", "厍狄璆", "leader", "药品耗材采购指定供应商", "外部环境", "Ⅰ级", "集中带量采购，班子集体审定。"),
        ("院领导", "院长", "厍狄璆", "leader", "绩效工资分配不按方案", "制度机制", "Ⅰ级", "分配方案职工大会通过。"),
        ("公卫科", "科长", "叱卢婳", "middle", "家庭医生签约数据造假", "岗位职责", "Ⅱ级", "签约抽查回访。"),
        ("药房", "药剂员", "厍狄湲", "general", "药品出入库账实不符", "业务流程", "Ⅱ级", "药品进销存系统管理。"),
        ("药房", "药剂员", "厍狄湲", "general", "接受医药代表宴请", "思想道德", "Ⅲ级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为Ⅰ级（高）、Ⅱ级（中）、Ⅲ级（低）。", 8)
    return _layout(
        "nayong_zhangjiawan_clinic_list", "http://bx2200.com/tjgongbao/xn/7017_6.html",
        "镇卫生院 岗位廉政风险防控一览表, after the source's county statistics bulletin (十一、卫生: a table of 医院、卫生院数, "
        "床位数, 卫生技术人员; no risk table found unused: a page on the kind of body): a title, 序号/科室 merged/"
        "职务 and 姓名 merged per person/廉政风险点/风险类别 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; a ``注：`` line",
        [sh], t,
    )  # fmt: skip


def nayong_water_bureau_posts() -> dict:
    unit = f"{PLACE}水务局"
    sh = _Sheet("清单", [6, 14, 14, 40, 14, 12, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 7)
    sh.add("序号", "股室", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("工程建设股", "项目管理岗", "general", "小型水库除险加固工程变更签证不实", "业务流程风险", "一级风险",
         "变更集体研究，监理签认。"),
        ("工程建设股", "项目管理岗", "general", "接受施工单位宴请", "思想道德风险", "二级风险", "签订廉洁承诺书。"),
        ("水政监察大队", "执法岗", "general", "河道采砂执法选择性查处", "岗位职责风险", "一级风险", "执法两人以上，全程记录。"),
        ("农村水利股", "供水管理岗", "general", "农村饮水维修经费拨付不按程序", "制度机制风险", "二级风险",
         "经费拨付股室、分管领导两级审核。"),
        ("办公室", "综合岗", "general", "防汛物资采购不比价", "外部环境风险", "三级风险", "三家比价，台账管理。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), RISKS[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    return _layout(
        "nayong_water_bureau_posts",
        "https://www.zhetiaohe.com/ss/0ebaad86f1e3f3885b518a1b2aefe430ad600a67dc94d998.html",
        "县水务局 岗位廉政风险防控清单 对岗不对人, after the source's question page on which 股室 a 局 has (no risk "
        "table found unused: a page on the kind of body): a title, 序号/股室 merged/岗位 merged per post/廉政风险点/"
        "风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def nayong_finance_bureau_group_rows() -> dict:
    unit = f"{PLACE}财政局"
    sh = _Sheet("清单", [6, 10, 12, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、局领导", "局领导", [
            ("局长", "叱卢瑀", "leader", [
                ("专项资金分配个人说了算", "高风险", "资金分配党组会集体研究。"),
                ("政府采购项目干预评审", "高风险", "评审专家随机抽取。"),
            ]),
        ]),
        ("二、预算股", "预算股", [
            ("股长", "厍狄澍", "middle", [
                ("预算追加审核把关不严", "中风险", "追加预算两级审核，报政府审定。"),
            ]),
        ]),
        ("三、国库支付中心", "国库支付中心", [
            ("支付审核员", "叱卢玓", "general", [
                ("支付凭证审核不严违规拨付", "中风险", "支付凭证复核。"),
                ("违规泄露预算单位账户信息", "低风险", "系统权限分级管理。"),
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
                t.point(sh.name, dept, post, who, tier, point, [], HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "nayong_finance_bureau_group_rows",
        "https://www.wangkanglawyer.com/tag/%e7%ba%b3%e5%ba%9c%e5%8a%9e%e5%8f%91%e3%80%942022%e3%80%952%e5%8f%b7",
        "县财政局 岗位廉政风险防控清单 under GROUP ROWS, after the source's tag page on a document number of the county "
        "government's office (纳府办发〔2022〕2号: the number as a heading over the entries filed under it; no risk table "
        "found unused): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``高风险/中风险/低风险``/防控措施, group rows "
        "``一、局领导``, ``二、预算股``, ``三、国库支付中心`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def nayong_library_selfchecks() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    people = [
        ("叱卢琬", "馆长", "leader", [
            ("图书采购指定书商", "高", "采购公开比选，馆务会审定。", "已整改"),
            ("免费开放经费使用不规范", "中", "经费专账核算。", "已整改"),
        ]),
        ("厍狄玙", "采编员", "general", [
            ("捐赠图书登记不全", "低", "捐赠图书逐册登记。", "无问题"),
            ("接受书商礼品", "中", "签订廉洁承诺书。", "无问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "职　务", "填表日期", None, None)
        sh.add(who, post, "2025年9月", None, None)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施", "整改情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
        sh.add("本人签名：", None, "分管领导意见：", None, None)
        sheets.append(sh)
    return _layout(
        "nayong_library_selfchecks", "https://www.guayunfan.com/lilun/608108.html",
        "县图书馆 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's chapter on a "
        "不敢腐 惩戒机制 (直接成本, 机会成本, 惩罚成本, 查处概率; no risk table found unused): a title, a label row "
        "``姓　名 | 职　务 | 填表日期`` over a row of values, then 序号/廉政风险点/风险等级 高/中/低/防控措施/"
        "``整改情况``; no type column",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    nayong_natural_resources_rank_glued_name(),
    nayong_yongxi_subdistrict_list(),
    nayong_yingjiao_village_list(),
    nayong_first_school_screening(),
    nayong_zhangjiawan_clinic_list(),
    nayong_water_bureau_posts(),
    nayong_finance_bureau_group_rows(),
    nayong_library_selfchecks(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch1033-inbox"))
