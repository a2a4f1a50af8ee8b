"""The five-hundred-and-thirty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 交通 and
旅游 bodies, 张家川回族自治县 (天水市, 甘肃) — the 交通运输局, the 文化和旅游局, the 关山景区管理处, the
公路段 and the 旅游服务站 of four 镇 (马鹿镇, 恭门镇, 龙山镇, 梁山镇) — each handing back
the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 交通运输局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 文化和旅游局's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 公路段's 责任清单 under GROUP ROWS ``一、段领导`` / ``二、养护股`` merged across: ``岗位 |
  姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 马鹿镇旅游服务站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 恭门镇旅游服务站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 龙山镇旅游服务站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 梁山镇旅游服务站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``zhangjiachuan_guanshan_holders_across``: the 关山景区管理处's 一览表 is laid out SIDEWAYS FOR
  SEVERAL HOLDERS AT ONCE. Column A holds the field labels down the sheet — ``序号 | 部门 | 岗位 |
  责任人 | 风险点 | 风险类型 | 风险等级 | 防控措施`` — and EACH FURTHER COLUMN IS ONE POINT (B, C, D …,
  numbered 1…7 in the ``序号`` row); the ``部门`` cell is MERGED ACROSS the columns of its 部门's
  points, and the ``岗位`` and ``责任人`` cells are merged across the columns of one holder's points
  (``处领导`` over four columns, ``主任`` and ``副主任`` over two each; ``票务科``, ``科长`` over two;
  ``游客服务中心``, ``讲解员`` over one), the way a wide sheet is made to fit a landscape page. The
  shape is about HOW ROWS AND COLUMNS ARE ARRANGED: records run across, fields down, and the
  holder fields are merged ACROSS a holder's records as an ordinary list merges them down. The
  README's 读得懂的表 knows a 横放的表 whose labels stand down one column with each column a point of
  ONE 承办科室 that a line ABOVE the table gives (no 科室, post or holder inside the table); the
  earlier batches know batch287's transposed table whose columns are POSTS (each column a post with
  ``风险点N | 风险等级`` label pairs down it, the 科室 merged across its posts), batch518's bands of
  four labelled rows a post with the points across numbered item columns, grids of holders across
  and levels down, and stacked labelled blocks of one point each. None is a single label column
  with every other column one point and the 部门, 岗位 and 责任人 rows merged across the points of
  each holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (two pages on 张家川's sights —
花果山水帘洞, 关山秦家塬, 小麦积, 关山风景区 and its 20 多个景点; a news item on 张家川's 国庆 travel —
关山风光大道, 秦家塬 and 云凤山景区, 农家乐, 文旅局's safety checks; a page on the 关山云凤风景名胜区 —
马鹿林场, 景区游览路线, 旅游开发基金, 农家乐; a catalogue of 公路 standards — 农村公路技术状况评定,
养护, 交通安全设施; a tag page on 县乡道路运输; a news item on 高速公路 and tourism — 车辆, 游客; a
公路管理局's travel guide — 国省干线, 公路服务) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (rare Han surnames
with rare given names); every unit is a body of 张家川回族自治县 (``unit_words=("张家川回族自治县",)``:
no earlier unit holds it).

Run ``python tests/published/score.py --set batch538`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each column after A is ONE point, whose 部门, 岗位 and 责任人 are the merged
  cells above it in that column (a merged cell across columns gives its value to every column
  under it, as a cell merged down gives it to every row); the ``序号`` row's numbers are no part of
  the point; column A's labels are the heading, not a point;
- ``局领导`` (the 局's leaders' sheet), ``处领导`` and ``段领导`` are the 科室 of those leaders; a
  局's 股, a 处's 科 or 中心, a 段's 股 or 道班, a 站's 组 are 科室; a group row ``一、段领导`` gives the
  科室 ``段领导``, ``二、养护股`` the 科室 ``养护股`` (its number left off), as batch 280, 507 and 533
  did; the 马鹿镇 cards and the 梁山镇 list name a 科室 only where a cell does (they name none); the
  恭门镇 sheets write ``旅游服务站`` in ``所在科室`` and that is their 科室 (as batch533's ``文化站``);
- every body is a unit of its own: a 局's 局长 and 副局长, a 处's 主任 and 副主任, a 段's 段长 and 副段长,
  a 站's 站长 are leaders; 股长, 科长 and 班长 are middle; the rest (科员, 讲解员, 售票员, 养护工,
  旅游专干 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 龙山镇旅游服务站's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
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

PREFIX = "b538_"
PLACE = "张家川回族自治县"
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

LABELS = ("序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")

# (部门, 岗位, 责任人, tier, [(风险点, 风险类型, 风险等级, 防控措施)])
ACROSS = [
    ("处领导", "主任", "甯翯瑄", "leader", [
        ("景区门票收入截留", "制度机制", "高", "门票收入日清日缴，财务每月对账。"),
        ("景区基础设施项目指定施工方", "岗位职责", "高", "项目按规定比选，处务会集体研究。"),
    ]),
    ("处领导", "副主任", "仉旻璟", "leader", [
        ("景区经营摊位出租暗箱操作", "业务流程", "中", "摊位公开竞租，结果公示。"),
        ("旅游开发基金使用不规范", "制度机制", "中", "基金专款专用，县财政局审核。"),
    ]),
    ("票务科", "科长", "郦琤翊", "middle", [
        ("团体门票优惠随意减免", "岗位职责", "中", "优惠标准上墙，减免经分管领导签批。"),
        ("票据核销不及时", "业务流程", "低", "票据连号使用，每周核销。"),
    ]),
    ("游客服务中心", "讲解员", "庹琬昶", "general", [
        ("向游客推荐指定农家乐收取好处", "思想道德", "低", "讲解服务规范公示，设投诉电话。"),
    ]),
]  # fmt: skip


def zhangjiachuan_guanshan_holders_across() -> dict:
    unit = f"{PLACE}关山景区管理处"
    points = [(d, p, w, tier, *pt) for d, p, w, tier, pts in ACROSS for pt in pts]
    ncols = 1 + len(points)
    sh = _Sheet("一览表", [10] + [18] * len(points))
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", ncols)
    rows = {label: [label] for label in LABELS}
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(points, 1):
        for label, value in zip(
            LABELS, (n, dept, post, who, point, typ, lv, measures), strict=True
        ):
            rows[label].append(value)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    first = len(sh.rows)
    for label in LABELS:
        sh.add(*rows[label])

    def across(r: int, key) -> None:
        c = 1
        while c < ncols:
            e = c
            while e + 1 < ncols and key(e + 1) == key(c):
                e += 1
            if e > c:
                for k in range(c + 1, e + 1):
                    sh.rows[r][k] = None
                sh.merge(r, c, r, e)
            c = e + 1

    typed = [list(row) for row in sh.rows]
    dept_r, post_r, who_r = first + 1, first + 2, first + 3
    across(dept_r, lambda c: typed[dept_r][c])
    across(post_r, lambda c: (typed[dept_r][c], typed[post_r][c], typed[who_r][c]))
    across(who_r, lambda c: (typed[dept_r][c], typed[post_r][c], typed[who_r][c]))
    sh.add("填表人：", None, None, "审核人：", None, None, "2025年9月", None)
    return _layout(
        "zhangjiachuan_guanshan_holders_across",
        "http://www.shadafang.com/a/202401/5700361.html",
        "(harder) 县关山景区管理处 岗位廉政风险防控一览表 laid out SIDEWAYS for several holders, after the source's page "
        "on 张家川's sights (关山风景区, 秦家塬, 20 多个景点): column A the labels ``序号/部门/岗位/责任人/风险点/风险类型/"
        "风险等级/防控措施`` down the sheet, EACH FURTHER COLUMN ONE POINT, the 部门 cell merged across its points' "
        "columns and 岗位/责任人 merged across each holder's; short types; 高/中/低; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhangjiachuan_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("郗曌珩", "局长", "主持全面工作", [
            ("农村公路项目资金分配个人说了算", "一级", "资金分配方案局党组集体研究，结果公开。"),
            ("干部选拔任用把关不严", "二级", "严格执行选任程序，纪检全程监督。"),
        ]),
        ("闵翀璘", "副局长", "分管运输和治超", [
            ("道路运输经营许可降低条件", "一级", "许可条件公开，审批两级审核。"),
            ("超限运输车辆处罚随意", "二级", "处罚裁量基准公开，案件集体审理。"),
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
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("建设管理股", "股长", "禚瑆昉", "middle", "县乡公路工程计量签证不实", "一级", "计量签证监理、业主双签字。"),
        ("建设管理股", "股长", "禚瑆昉", "middle", "工程变更审核走过场", "二级", "变更经局务会研究，资料存档。"),
        ("运输管理股", "科员", "蒯珺曦", "general", "客运线路审批优亲厚友", "三级", "线路审批结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "zhangjiachuan_transport_bureau_two_sheets",
        "http://51je.cn/e/tags/?tagname=%28%E4%BA%8C%29%E5%8E%BF%E4%B9%A1%E9%81%93%E8%B7%AF%E8%BF%90%E8%BE%93",
        "县交通运输局's file in two sheets, after the source's tag page on 县乡道路运输: ``局领导`` with "
        "姓名/职务/分管工作 merged per person; ``科室`` with 股室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def zhangjiachuan_tourism_bureau_list() -> dict:
    unit = f"{PLACE}文化和旅游局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "副局长", "冼璆翃", "leader", "旅游项目扶持资金审核把关不严", "制度机制风险", "高",
         "扶持资金局党组研究，结果公开。"),
        ("局领导", "副局长", "冼璆翃", "leader", "节假日安全检查走过场", "岗位职责风险", "中",
         "联合检查留存记录，问题限期整改。"),
        ("旅游市场股", "股长", "訾昶琨", "middle", "农家乐星级评定降低标准", "业务流程风险", "中",
         "评定专家随机抽取，结果公示。"),
        ("旅游市场股", "科员", "隗璎琇", "general", "旅行社投诉处理偏袒一方", "思想道德风险", "低",
         "投诉处理登记，按月通报。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "zhangjiachuan_tourism_bureau_list",
        "http://www.tianshui.com.cn/news/zjc/2023100715292383823.htm",
        "县文化和旅游局 廉政风险防控一览表, after the source's news on 张家川's 国庆 travel (景区, 农家乐, 文旅局's "
        "safety checks): 序号/科室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; "
        "填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def zhangjiachuan_road_section_group_rows() -> dict:
    unit = f"{PLACE}公路段"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、段领导", "段领导", [
            ("段长", "酆璿旸", "leader", [
                ("养护工程发包化整为零", "一级风险", "养护工程按规定招标，段务会研究。"),
                ("养护机械购置指定品牌", "二级风险", "购置按政府采购程序办理。"),
            ]),
        ]),
        ("二、养护股", "养护股", [
            ("股长", "钭琮翾", "middle", [
                ("路况评定数据弄虚作假", "一级风险", "路况评定抽检复核，结果存档。"),
                ("养护材料验收不严", "三级风险", "材料进场两人验收，留样备查。"),
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
        "zhangjiachuan_road_section_group_rows",
        "http://s31.com.cn/item/A/7q/owRIKMJDkDKXSYM.html",
        "县公路段 廉政风险防控责任清单, after the source's catalogue of 公路 standards (农村公路技术状况评定, 养护, "
        "交通安全设施): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、段领导``, "
        "``二、养护股`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zhangjiachuan_malu_station_cards() -> dict:
    unit = f"{PLACE}马鹿镇旅游服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "郜瑀湉", "leader", [
            ("乡村旅游示范户评选不公", "★★★", "评选条件公开，结果公示七日。"),
            ("旅游厕所建设补助虚报", "★★", "补助资金镇财政所审核，村委签收。"),
        ]),
        ("旅游专干", "璩翎玙", "general", [
            ("节庆活动物资采购虚开票据", "★★", "采购两人经办，票据附清单。"),
            ("游客接待登记不实", "★", "接待登记每日汇总，站长抽查。"),
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
        "zhangjiachuan_malu_station_cards",
        "http://m.shbk.net/qita/151d9e0469cdd171befa6df9b2e24012.html",
        "镇旅游服务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 旅游专干), after the source's page on 张家川's "
        "sights (小麦积 at 马鹿乡, 关山风景区): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; "
        "a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def zhangjiachuan_gongmen_station_selfchecks() -> dict:
    unit = f"{PLACE}恭门镇旅游服务站"
    t = _Truth(unit)
    people = [
        ("蔺瑱昕", "站长", "leader", "旅游服务站", [
            ("景区周边农家乐检查收受好处", "高风险", "检查两人以上，结果登记公示。"),
            ("旅游宣传经费使用不规范", "中风险", "经费使用镇党委会研究，票据公开。"),
        ]),
        ("逄琰翙", "管理员", "general", "旅游服务站", [
            ("游客咨询点物资私用", "中风险", "物资登记造册，季度盘点。"),
            ("导游登记信息不全", "低风险", "登记表逐项核对，站长审签。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "镇意见：", None, None)
        sheets.append(sh)
    return _layout(
        "zhangjiachuan_gongmen_station_selfchecks",
        "http://www.yoyv.com/gs/3543.html",
        "镇旅游服务站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's page on the "
        "关山云凤风景名胜区 (游览路线, 旅游开发基金, 农家乐): a label row ``姓　名 | 岗　位 | 所在科室`` over values, "
        "序号/风险点/``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 镇意见：``",
        sheets, t,
    )  # fmt: skip


def zhangjiachuan_longshan_station_posts() -> dict:
    unit = f"{PLACE}龙山镇旅游服务站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b, c = "站领导", "旅游服务组", "综合组"
    rows = [
        (a, "站长", "leader", "乡村旅游项目资金使用", "虚列项目支出，套取乡村旅游资金", "制度机制", "Ⅰ级",
         "资金使用镇财政所审核，按季公开。"),
        (b, "旅游专干", "general", "民宿备案审核", "为不符合条件的民宿出具备案意见", "岗位职责", "Ⅱ级",
         "备案材料公示七日，县局复核。"),
        (c, "管理员", "general", "旅游标识牌维护", "维护费用虚报或私自外包", "业务流程", "Ⅲ级",
         "维护前后拍照，两人验收。"),
        (c, "管理员", "general", "游客投诉转办", "收受好处压下投诉不转办", "外部环境", "Ⅱ级",
         "投诉登记编号，县局定期回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合组", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "zhangjiachuan_longshan_station_posts",
        "http://changanren.com/Item/15175.aspx",
        "镇旅游服务站 廉政风险点排查表 对岗不对人, after the source's 公路管理局 travel guide (国省干线, 公路服务, 景点): "
        "科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def zhangjiachuan_liangshan_station_duty_list() -> dict:
    unit = f"{PLACE}梁山镇旅游服务站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "笪翯珉", "leader", "旅游公路沿线服务点建设", "服务点建设指定施工队", "一级",
         "项目比选确定，镇纪委监督。"),
        ("站长", "笪翯珉", "leader", "旅游大巴停车场管理", "停车费收取不入账", "二级", "收费使用统一票据。"),
        ("旅游专干", "厍瑷玹", "general", "乡村旅游培训组织", "培训补助冒领", "二级",
         "培训签到拍照，补助打卡。"),
        ("旅游专干", "厍瑷玹", "general", "游客数量统计上报", "虚报游客接待人数", "三级", "附景区票务数据备查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "zhangjiachuan_liangshan_station_duty_list",
        "https://www.boyouti.com/f/234163.html",
        "镇旅游服务站 廉政风险防控责任清单, after the source's news on 高速公路 and tourism (车辆, 游客, 景区): "
        "序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhangjiachuan_guanshan_holders_across(),
    zhangjiachuan_transport_bureau_two_sheets(),
    zhangjiachuan_tourism_bureau_list(),
    zhangjiachuan_road_section_group_rows(),
    zhangjiachuan_malu_station_cards(),
    zhangjiachuan_gongmen_station_selfchecks(),
    zhangjiachuan_longshan_station_posts(),
    zhangjiachuan_liangshan_station_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch538-inbox"))
