"""The four-hundred-and-eighty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 文化广电和旅游
bodies, 清水县 — its 文体广电和旅游局, 文化馆, 旅游服务中心, the 综合文化站 of four of its towns
(红堡镇, 白驼镇, 金集镇, 秦亭镇) and, in the harder file, its 博物馆 — each handing back the 一览表,
排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 文体广电和旅游局's 一览表: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, the risk,
  short types, 高/中/低, the measures, an 编制人/审核人/date line;
- the 文化馆's file in two sheets ``馆领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 旅游服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 红堡镇综合文化站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 白驼镇 one's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 金集镇 one's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、工作人员`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 秦亭镇 one's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``qingshui_museum_measures_by_stage_rows``: the 博物馆's 一览表, ``序号 | 部门 | 岗位 | 责任人 |
  廉政风险点 | 风险等级 | 防控阶段 | 防控措施``: EACH POINT TAKES THREE ROWS — its 序号, 廉政风险点 and
  风险等级 cells merged down over them, and the ``防控阶段`` column says on each row ``事前`` / ``事中``
  / ``事后``, with that stage's measure in the ``防控措施`` cell of that row (部门, 岗位, 责任人 merged
  per person). The point is written once (merged); its measures are SPLIT BY STAGE ONTO ROWS, each
  row labelled by a stage column. The README's 读得懂的表 knows stage-split measures only as
  COLUMNS (``防控措施`` merged over ``事前/事中/事后``, joined into one measure), measures one a row
  numbered under a point, and a point line over rows headed ``序号 | 防控措施 | 防控环节 | 落实时限``
  with no point column (batch409); it does not describe a point cell merged down over stage rows
  labelled in a column of their own. ``grep -l '防控阶段' tests/published/batch*.py``: none before
  this one; the stage columns of batch53 and batch89 are headings over columns, not rows.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (宿迁's 文化广电和旅游局 and its rules
for its 处室 and 直属单位; a 博物馆's 藏品提用制度 — 出库、归库, 提用凭证, 馆长批准; a county 文旅局's parts and
their work (文化遗产科, 非遗传承, 培训班); the ways a 游客中心 is complained of; what a 文化局 does for the
基层文化站; a 镇综合文化站 grown from a 农家书屋 with its 功能室; the 乡镇文化站's few staff holding several
posts; what a 文化站 does (文体活动, 文化市场, 文物宣传)) and the layout follows their words for
the unit, its parts, its posts and its risks. The rows are worded by us, the names invented (rare
Han surnames with rare given names); every unit is a body of 清水县 (``unit_words=("清水县",)``:
no earlier unit holds it).

Run ``python tests/published/score.py --set batch485`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each merged ``廉政风险点`` cell is ONE point of its rows' holder with the merged
  level; its three stage rows (``事前``/``事中``/``事后``) are its measures, no points of their own;
  the ``防控阶段`` cells are no points and no types; the file has no type column;
- ``局领导``, ``馆领导`` (a 股室/部门 cell or the leaders' sheet) are the 科室 of those leaders; a
  局's 股, a 馆's 部 and a 中心's 科 are 科室; a 镇综合文化站 has no 科室: its group rows ``一、站领导``,
  ``二、工作人员`` give no 科室 (they repeat the post's kind);
- every body is a unit of its own: 局长, 副局长, a 馆's 馆长 and 副馆长, a 中心's 主任, a 站's 站长 and
  副站长 are leaders; 股长, 部主任 and 科长 middle; the rest (科员, 文物保管员, 辅导员, 讲解员, 会计,
  文化专干) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作`` and ``自查情况`` are no points and
  name no holder; the 旅游服务中心's list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b485_"
PLACE = "清水县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STAGES = ("事前", "事中", "事后")
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (部门, 岗位, 责任人, tier, [(廉政风险点, 风险等级, (事前, 事中, 事后))])
MUSEUM = [
    ("馆领导", "馆长", "禚翛沨", "leader", [
        ("文物征集价格评估不实", "高", ("征集文物由专家组评估定价。", "征集过程全程录像、两人以上经办。",
                                  "征集档案报县文体广电和旅游局备案。")),
        ("展陈工程项目指定施工单位", "中", ("项目立项经馆务会集体研究。", "依法采购，合同经法律顾问审核。",
                                    "竣工验收邀请纪检监督。")),
    ]),
    ("保管部", "文物保管员", "訾濛珝", "general", [
        ("藏品出入库登记不实", "高", ("出入库凭审批单办理。", "双人同时在场点交、签字。",
                                 "每季度账物核对一次。")),
        ("藏品注销随意处置", "中", ("注销须经鉴定并报上级批准。", "注销藏品封存、拍照留档。",
                                "注销清单在馆内公示。")),
    ]),
    ("开放部", "讲解员", "宦翚漪", "general", [
        ("讲解服务向观众推销商品", "低", ("上岗前签订服务承诺。", "讲解区域设置监督电话。",
                                    "观众意见按月回访。")),
    ]),
]  # fmt: skip


def qingshui_museum_measures_by_stage_rows() -> dict:
    unit = f"{PLACE}博物馆"
    sh = _Sheet("一览表", [6, 10, 11, 10, 26, 8, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险等级", "防控阶段", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MUSEUM:
        for point, lv, measures in points:
            n += 1
            for stage, measure in zip(STAGES, measures, strict=True):
                sh.add(n, dept, post, who, point, lv, stage, measure)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(c, lambda row: row[0]) for c in (0, 4, 5)])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年6月", None, None, None)
    return _layout(
        "qingshui_museum_measures_by_stage_rows",
        "http://sxkzbwg.cn/index.php/index/article/show/id/42/cid/172/lanmu/171.html",
        "(harder) 县博物馆 岗位廉政风险防控一览表, after the source's 博物馆藏品提用制度 (出库、归库手续, 提用凭证, 馆长批准, "
        "借出馆外): 序号/部门 merged (馆领导, 保管部, 开放部)/岗位 and 责任人 merged per person/"
        "廉政风险点 and 风险等级 (高/中/低) merged down over THREE rows a point/a ``防控阶段`` column ``事前 | 事中 | 事后`` "
        "on those rows/防控措施 one stage's measure a row; no type column; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def qingshui_culture_bureau_list() -> dict:
    unit = f"{PLACE}文体广电和旅游局"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "股室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "郜沨翾", "leader", [
            ("文旅项目资金分配暗箱操作", "制度机制", "高", "资金分配方案党组会集体研究并公示。"),
            ("干预文化市场执法案件", "思想道德", "中", "领导干部插手案件登记报告。"),
        ]),
        ("文化市场股", "股长", "亓澥昀", "middle", [
            ("网吧、歌舞娱乐场所审批把关不严", "岗位职责", "高", "审批材料两人审核，现场核查留痕。"),
        ]),
        ("文物股", "科员", "厍翀潆", "general", [
            ("文物保护工程验收走过场", "业务流程", "中", "验收邀请专家和监理共同参加。"),
            ("接受施工单位礼品", "外部环境", "低", "签订廉洁承诺书，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制人：", None, "审核人：", None, "2025年5月", None, None, None)
    return _layout(
        "qingshui_culture_bureau_list",
        "https://wgl.suqian.gov.cn/swhgd/gkzd/202109/37db1d15075644eda1fe3728584ebee1.shtml",
        "县文体广电和旅游局 岗位廉政风险防控一览表, after the source's notice to the 局's 处室 and 直属单位 (审查, 发布, 台账, "
        "过错责任追究): a title, 序号/股室 merged (局领导, 文化市场股, 文物股)/岗位 and 责任人 merged per person/廉政风险点/"
        "风险类型 (short)/高/中/低/防控措施; an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def qingshui_culture_hall_two_sheets() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    lead = _Sheet("馆领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("鄂翛屾", "馆长", "主持全面工作", [
            ("群众文化活动经费虚报冒领", "一级", "活动经费凭方案、签到表、照片报销。"),
            ("文艺团队扶持名额分配不公", "二级", "扶持对象评审结果公示。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "馆领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("社文指导部", "部主任", "缑霂琤", "middle", "文艺培训班学员收费不公开", "一级", "培训免费开放，收费项目报批公示。"),
        ("非遗保护部", "辅导员", "雍泷翯", "general", "非遗传承人补助申报审核不实", "二级", "申报材料实地核查、集体评审。"),
        ("非遗保护部", "辅导员", "雍泷翯", "general", "非遗项目资料私自外借", "三级", "资料借阅登记，部主任签批。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "qingshui_culture_hall_two_sheets",
        "https://www.oryoy.com/news/jie-mi-hui-an-wen-lv-ju-jie-mi-jia-gou-bei-hou-de-wen-hua-chuan-cheng-yu-chuang-xin-dong-li.html",
        "县文化馆's file in two sheets, after the source's account of a county 文旅局's parts and work (文化遗产科, "
        "非物质文化遗产传承, 培训班, 传统节日庆典): ``馆领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with "
        "科室/岗位/姓名 merged; levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def qingshui_tourist_center_posts() -> dict:
    unit = f"{PLACE}旅游服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    cns, mkt = "咨询服务科", "市场推广科"
    rows = [
        (cns, "科长", "middle", "旅游投诉处理", "收受被投诉经营者好处，压案不办", "岗位职责风险", "Ⅰ级",
         "投诉登记编号，办理结果回访。"),
        (cns, "科长", "middle", "游客中心场地出租", "低价或无偿将场地交给关系人经营", "制度机制风险", "Ⅱ级",
         "场地出租公开招租，合同集体审定。"),
        (mkt, "科员", "general", "旅游宣传品采购", "与供应商串通，虚高采购价格", "业务流程风险", "Ⅰ级",
         "宣传品采购询价三家以上。"),
        (mkt, "科员", "general", "推介活动接待", "借推介活动公款旅游", "思想道德风险", "Ⅲ级",
         "活动方案事前报批，费用公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "qingshui_tourist_center_posts",
        "https://www.75law.com/question/158142.html",
        "县旅游服务中心 廉政风险点排查表 对岗不对人, after the source's account of how a 游客中心 is complained of (服务态度, "
        "信息不准确, 上级管理部门, 旅游投诉热线): a title, 序号/科室 merged (咨询服务科, 市场推广科)/岗位 merged per post/a "
        "short 风险点/a long 风险表现/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an "
        "``编制：办公室 | 审核： | 2025年3月`` line",
        [sh], t,
    )  # fmt: skip


def qingshui_hongbao_station_cards() -> dict:
    unit = f"{PLACE}红堡镇综合文化站"
    t = _Truth(unit)
    cards = [
        ("站长", "芮翾澔", "leader", [
            ("免费开放补助资金挪用", "★★★", "补助资金专款专用，镇财政所监管。"),
            ("文化站设备采购不比价", "★★", "设备采购询价比价，站务公开。"),
        ]),
        ("文化专干", "钭沄翙", "general", [
            ("图书室图书登记不全流失", "★★", "图书入藏登记，每年清点一次。"),
            ("送戏下乡场次虚报", "★", "演出场次村委会签字确认。"),
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
        sh.add("持卡人（签字）：", None, "镇分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "qingshui_hongbao_station_cards",
        "http://www.123jzs.com/jxzs/202507/194793.html",
        "镇综合文化站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 文化专干), after the source's account of what a 文化局 "
        "does (群众文化活动, 指导基层文化站, 图书馆, 公共文化设施): a title, ``姓　名 | … | 职　务 | …``, then 序号/廉政风险点/风险等级 "
        "``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 镇分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def qingshui_baituo_station_selfchecks() -> dict:
    unit = f"{PLACE}白驼镇综合文化站"
    t = _Truth(unit)
    people = [
        ("蒉翊濛", "副站长", "leader", [
            ("文化活动经费以白条入账", "高风险", "凭正式票据报账。", "已落实"),
            ("农家书屋配送图书签收不实", "中风险", "配送清单村级签收、拍照。", "未发现问题"),
        ]),
        ("酆昶翛", "会计", "general", [
            ("文化站收入未入账", "中风险", "收入全部进镇财政所账户。", "已落实"),
            ("代管村文化活动经费公款私存", "低风险", "经费专户管理。", "已整改"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "qingshui_baituo_station_selfchecks",
        "https://ebh.ymdmx.cn/news/397b39699206.html",
        "镇综合文化站 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's report of a "
        "镇综合文化站 (前身是农家书屋, 阅览室, 体育健身室, 免费开放各种功能室): a title, a label row "
        "``姓　名 | 岗　位 | 填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; no type column; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def qingshui_jinji_station_group_rows() -> dict:
    unit = f"{PLACE}金集镇综合文化站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", [
            ("站长", "巩澍翚", "leader", [
                ("村文化广场器材分配优亲厚友", "一级风险", "器材分配方案公示。"),
                ("公车私用", "三级风险", "车辆使用登记。"),
            ]),
        ]),
        ("二、工作人员", [
            ("文化专干", "璩昶濯", "general", [
                ("业余文艺队补贴冒领", "一级风险", "补贴发放到队员个人账户。"),
                ("活动台账补记后补", "二级风险", "台账按月登记、站长签字。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, "", post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "qingshui_jinji_station_group_rows",
        "http://202.203.159.49:8080/article/detail.aspx?id=662510392",
        "镇综合文化站 廉政风险防控责任清单, after the source's note on the 乡镇文化站 (农家书屋, 农村文化大院, "
        "在编人员3~5人, 身兼多职): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、站领导``, ``二、工作人员`` merged across; 岗位 and 姓名 merged per person; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def qingshui_qinting_station_list() -> dict:
    unit = f"{PLACE}秦亭镇综合文化站"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    _line(sh, f"填报单位：{unit}{GAP * 10}填报时间：2025年6月", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站长", "堵翯濂", "leader", "文化惠民演出承办方选定随意", "制度机制", "高", "承办方比选，结果公示。"),
        ("站长", "堵翯濂", "leader", "接受演出团体宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("文化专干", "阚湲珩", "general", "电子阅览室上网登记不实", "业务流程", "中", "上网实名登记，每月抽查。"),
        ("文化专干", "阚湲珩", "general", "站内资产保管不善丢失", "岗位职责", "低", "资产登记造册，每年盘点。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "qingshui_qinting_station_list",
        "http://www.zeelive.com.tw/a/%e6%96%87%e5%8c%96%e7%ab%99%e6%98%af%e5%81%9a%e4%bb%80%e9%ba%bc%e7%9a%84.html",
        "镇综合文化站 廉政风险防控一览表, after the source's account of what a 文化站 does (组织文体活动, 协助管理文化市场, "
        "文物宣传保护): a title, a merged ``填报单位：…　填报时间：2025年6月`` line, 序号/岗位/责任人 written on EVERY row/"
        "廉政风险点/风险类型 (short)/高/中/低/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    qingshui_museum_measures_by_stage_rows(),
    qingshui_culture_bureau_list(),
    qingshui_culture_hall_two_sheets(),
    qingshui_tourist_center_posts(),
    qingshui_hongbao_station_cards(),
    qingshui_baituo_station_selfchecks(),
    qingshui_jinji_station_group_rows(),
    qingshui_qinting_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch485-inbox"))
