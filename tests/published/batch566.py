"""The five-hundred-and-sixty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's archive,
media and letters bodies, 甘德县 (果洛藏族自治州, 青海) — its 档案馆, 地方志办公室, 文学艺术界联合会,
新华书店, 县委党史研究室, 图书馆 and 广播电视无线发射台 — each handing back the 一览表, 防控卡,
排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 档案馆's 一览表 under ``附件1``: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``…风险`` types,
  高/中/低, a ``注：`` line;
- the 地方志办公室's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 文学艺术界联合会's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, short types,
  ``一级/二级/三级``; no names;
- the 新华书店's 责任清单 under GROUP ROWS ``一、书店领导`` … ``三、门市部`` merged across (no 部门
  column), ``岗位 | 姓名`` merged per person, short types, ``高风险/中风险/低风险``;
- the 县委党史研究室's 自查表, one sheet a person: a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 图书馆's 一览表 in TWO SHEETS: ``馆领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``部室`` (``部室`` merged, ``岗位 | 姓名`` merged per person), ``一级风险/二级风险/三级风险``, no type
  column;
- the 广播电视无线发射台's 一览表 under a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY row,
  ``…风险`` types, 高/中/低, a 填表人/审核人 line.

One is harder:

- ``gande_media_centre_type_rows_by_post``: the 融媒体中心's 岗位廉政风险分布表 puts the holders
  ACROSS and the five RISK TYPES DOWN. Three label rows at the top (``部　门 | 中心领导 | 中心领导 |
  新闻采编部 | 广告经营部 | 技术保障部``, ``岗　位 | 主任 | 副主任 | 主任 | 业务员 | 技术员``, ``姓　名 |
  …``) give one column a holder; a ``风险类型 | 廉政风险点及风险等级`` row (the latter merged across
  the holders) opens the body; then ONE ROW A TYPE, ``思想道德风险`` … ``外部环境风险`` in the label
  column, and in each holder's cell THAT HOLDER'S POINTS OF THAT TYPE, numbered one a line
  (``1.…（一级）⏎2.…（三级）``), each point CLOSED BY ITS LEVEL IN BRACKETS, ``/`` where the holder has
  none of that type; a ``主要防控措施`` row closes the body (each holder's own measures, numbered);
  a merged ``注：`` line says how to read it. So a point's holder is its column, its TYPE its row's
  label and its LEVEL the bracket closing its line; there is no point column, no type column and no
  level column. The README's 读得懂的表 knows a 公示栏 with posts across whose rows are LEVEL bands
  (``高风险 | 中风险 | 低风险``, a point a cell), level-by-post grids (posts across, ``一级风险/二级风险/
  三级风险`` down, numbered points in the cells), a type-by-level grid (types down, levels across),
  type columns in pairs ``风险点 | 等级`` and types ticked over 高|中|低; it does not describe a grid
  of HOLDERS across and TYPES down whose cells list the holder's points of that type with each
  point's level in a closing bracket.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县融媒体中心 visited by the 市委宣传部
— 新闻推送, 外宣稿件, 意识形态阵地; a paper on 档案鉴定销毁 under the new 档案法 — 保管期限, 销毁清册,
监销; a paper on 县级综合年鉴 — 框架, 资料, 外聘人员, 公开出版; a 文艺精品扶持奖励办法 — 扶持, 奖励,
重大题材; news of 新华书店 教材教辅 回扣 cases — 结算员, 账外经营, 教辅征订; a 党史和地方志研究室's
征集公告 — 征集, 捐赠, 捐赠证明, 保存; a 城乡一体化公共图书馆服务体系 — 分馆, 图书流通站, 经费开支; a
广播影视服务体系 实施意见 — 户户通, 无线发射台, 安全播出, 运行维护) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented
(the rare surnames 殳 and 荀 with rare given names); every unit is a body of 甘德县.

Run ``python tests/published/score.py --set batch566`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every numbered line of a holder's cell is one point of the holder in that
  column (部门, 岗位 and 姓名 from the three label rows), its text without the number and without
  the closing level bracket (``1.新闻线索“有偿采访”“有偿不闻”（一级）`` is the point
  ``新闻线索“有偿采访”“有偿不闻”``, level 1), its type the row's label (``制度机制风险`` →
  ``制度机制``); ``/`` is no point; the ``主要防控措施`` row, the ``注：`` line and the sign-off are
  no points; ``中心领导`` is the 科室 of the two leaders, a 部 is a 科室;
- ``馆领导``, ``文联领导``, ``台领导`` (科室 and 部门 cells), ``书店领导`` (a group row) and ``研究室领导``
  (a 所在科室 cell) are the 科室 of those leaders; the 图书馆's leaders (sheet ``馆领导``, no 科室 column) and the 地方志办公室's cards
  have no 科室; a group row ``二、教材发行部`` gives the 科室 ``教材发行部`` (its number left off);
- every body is a unit of its own: a 馆长, 主任 of a 办公室/中心/研究室, 经理 of the 书店, 台长 and their
  deputies are leaders; a 部/科's 主任 or 部长 and 科长 are middle; the rest general;
- the 文学艺术界联合会's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and
  ``高风险/中风险/低风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b566_"
PLACE = "甘德县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
NONE = "/"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# the holders across: (部门, 岗位, 姓名, tier)
HOLDERS = [
    ("中心领导", "主任", "殳岱淇", "leader"),
    ("中心领导", "副主任", "荀璆暄", "leader"),
    ("新闻采编部", "主任", "殳玧璟", "middle"),
    ("广告经营部", "业务员", "荀屹沄", "general"),
    ("技术保障部", "技术员", "殳琬萦", "general"),
]

TYPE_ROWS = ["思想道德风险", "制度机制风险", "岗位职责风险", "业务流程风险", "外部环境风险"]

# each holder's points by type row: {type row: [(point, level word)]}
BY_TYPE: list[dict[str, list[tuple[str, str]]]] = [
    {  # 主任
        "思想道德风险": [("利用审稿定稿权为亲友单位刊播宣传稿件", "二级")],
        "制度机制风险": [("“三重一大”事项不经中心党支部会议集体研究", "一级"),
                    ("融媒体平台建设项目化整为零规避招标", "一级")],
    },
    {  # 副主任（分管经营）
        "制度机制风险": [("广告刊播价格随意减免、打折", "一级")],
        "岗位职责风险": [("外宣稿件稿酬审核把关不严", "二级")],
        "外部环境风险": [("广告客户请托插播未审核的广告", "二级")],
    },
    {  # 新闻采编部主任
        "思想道德风险": [("新闻线索“有偿采访”“有偿不闻”", "一级")],
        "岗位职责风险": [("稿件“三审三校”流于形式", "二级")],
        "业务流程风险": [("通讯员稿费虚报冒领", "三级")],
    },
    {  # 广告经营部业务员
        "思想道德风险": [("私收广告费不入中心账户", "一级")],
        "业务流程风险": [("广告合同不登记、不备案", "三级")],
    },
    {  # 技术保障部技术员
        "岗位职责风险": [("安全播出值班脱岗、记录后补", "二级")],
        "业务流程风险": [("设备维修配件虚开发票、以次充好", "二级"), ("废旧设备私自处置", "三级")],
    },
]  # fmt: skip

MEASURES = [
    "1.严格执行“三重一大”集体决策；\n2.项目采购进入县公共资源交易平台。",
    "1.广告价格表公开，减免须经主任办公会；\n2.稿酬按标准发放并公示。",
    "1.落实“三审三校”，审签留痕；\n2.稿费发放每月公示。",
    "1.广告费一律对公收取；\n2.合同统一编号登记。",
    "1.值班双人在岗，日志当班填写；\n2.维修配件验收入库。",
]


def _cell(points: list[tuple[str, str]]) -> str:
    return "\n".join(f"{i}.{point}（{lv}）" for i, (point, lv) in enumerate(points, 1)) or NONE


def gande_media_centre_type_rows_by_post() -> dict:
    unit = f"{PLACE}融媒体中心"
    n = len(HOLDERS)
    ncols = 1 + n
    sh = _Sheet("分布表", [14] + [30] * n)
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险分布表", ncols)
    _line(sh, f"单位：{unit}{GAP * 16}2025年6月", ncols)
    sh.add("部　门", *[d for d, _, _, _ in HOLDERS])
    sh.add("岗　位", *[p for _, p, _, _ in HOLDERS])
    sh.add("姓　名", *[w for _, _, w, _ in HOLDERS])
    r = sh.add("风险类型", "廉政风险点及风险等级", *([None] * (n - 1)))
    sh.merge(r, 1, r, n)
    for row in TYPE_ROWS:
        sh.add(row, *[_cell(by.get(row, [])) for by in BY_TYPE])
    sh.add("主要防控措施", *MEASURES)
    # the truth one form a holder, in the holders' order, the points in the rows' order
    for (dept, post, who, tier), by in zip(HOLDERS, BY_TYPE, strict=True):
        for row in TYPE_ROWS:
            for point, lv in by.get(row, []):
                t.point(sh.name, dept, post, who, tier, point, types_in(row), GRADES[lv])
    _line(sh, "注：各岗位风险点按风险类型分行填写，风险点后括号内为风险等级（一级为最高）；“/”表示该岗位无此类风险点。",
          ncols)  # fmt: skip
    sh.add("填表：办公室", None, "审核：", None, "2025年6月", None)
    return _layout(
        "gande_media_centre_type_rows_by_post", "http://www.snxww.gov.cn/2024-09/13/content_1904306.htm",
        "(harder) 县融媒体中心 岗位廉政风险分布表, after the source's 县融媒体中心 visited by the 市委宣传部 (新闻推送, 外宣稿件, "
        "意识形态阵地建设): a title, a merged ``单位：…　2025年6月`` line, three label rows 部　门/岗　位/姓　名 giving ONE "
        "COLUMN A HOLDER (five holders), a ``风险类型 | 廉政风险点及风险等级`` row (merged across the holders), then ONE ROW A "
        "RISK TYPE (思想道德风险 … 外部环境风险) whose cell under each holder lists that holder's points of that type, "
        "numbered one a line, each closed by its level in brackets ``（一级）``, ``/`` for none; a ``主要防控措施`` row of "
        "each holder's numbered measures, a merged ``注：`` line and a 填表/审核/date line; no point, type or level column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gande_archives_list() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 13, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "荀漪岑", "leader", "档案鉴定销毁不经鉴定小组集体审定", "制度机制风险", "高",
         "鉴定意见经馆务会审定，销毁清册报县档案主管部门备案。"),
        ("馆领导", "馆长", "荀漪岑", "leader", "数字化加工外包项目指定服务商", "外部环境风险", "高",
         "外包项目按政府采购程序确定服务商。"),
        ("馆领导", "副馆长", "殳璟澜", "leader", "进馆档案接收标准把关不严", "岗位职责风险", "中",
         "接收前逐卷清点，交接文据双方签字。"),
        ("业务科", "科长", "荀漪琇", "middle", "未开放档案违规提供查阅", "岗位职责风险", "高",
         "查阅未开放档案须经馆长审批，登记备查。"),
        ("业务科", "科长", "荀漪琇", "middle", "到期档案销毁不按规定监销", "业务流程风险", "中",
         "销毁时两人以上监销，监销人在清册上签字。"),
        ("业务科", "档案管理员", "殳湜璠", "general", "利用档案出具证明时篡改内容", "思想道德风险", "中",
         "证明材料照原件复印并加盖档案馆章。"),
        ("业务科", "档案管理员", "殳湜璠", "general", "库房钥匙和出入登记管理松散", "业务流程风险", "低",
         "库房双人双锁，出入逐次登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分高、中、低三级。", 8)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "gande_archives_list", "https://fx361.cc/page/2021/1126/11719492.shtml",
        "县档案馆 岗位廉政风险防控一览表, after the source's paper on 档案鉴定销毁 under the new 档案法 (保管期限, 鉴定, 销毁清册, "
        "监销): ``附件1``, a title, 序号/科室 merged/岗位 and 姓名 merged per person/廉政风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def gande_gazetteer_office_cards() -> dict:
    unit = f"{PLACE}地方志办公室"
    t = _Truth(unit)
    cards = [
        ("主任", "荀湄璩", "主任", "主持全面工作，分管年鉴编纂", "leader", [
            ("《甘德年鉴》编纂外聘人员选用不公开", "★★★", "外聘人员经主任办公会研究，名单公示。"),
            ("年鉴出版印刷单位指定、不比价", "★★★", "印刷单位三家以上比选，结果公示。"),
            ("接受入鉴单位赠送的礼品", "★", "签订廉洁承诺书。"),
        ]),
        ("编辑", "殳琰淏", "编辑", "负责志书、年鉴资料收集和编辑", "general", [
            ("收受好处为单位和个人“有偿入志”", "★★", "入志条目经编委会审定。"),
            ("资料征集费用虚报", "★★", "征集费用凭据报销，主任审签。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 36, 12, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("岗位职责", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "gande_gazetteer_office_cards", "http://www.jjkcrdx.cn/article/20250814/5493.html",
        "县地方志办公室 岗位廉政风险防控卡, one sheet a holder, after the source's paper on 县级综合年鉴 (框架, 资料, "
        "外聘人员, 一年一鉴、公开出版): a title, ``姓　名 | … | 职　务 | …`` and a merged 岗位职责 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）; no type column",
        sheets, t,
    )  # fmt: skip


def gande_literary_federation_posts() -> dict:
    unit = f"{PLACE}文学艺术界联合会"
    sh = _Sheet("排查表", [6, 12, 12, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("文联领导", "主席", "leader", "文艺精品扶持资金分配个人说了算", "制度机制", "一级",
         "扶持项目经评审委员会评审，主席团会议研究，结果公示。"),
        ("文联领导", "主席", "leader", "文艺评奖中打招呼、定名次", "思想道德", "一级",
         "评委随机抽取，评审结果公示七日。"),
        ("办公室", "主任", "middle", "文艺活动经费报销把关不严", "业务流程", "二级",
         "活动经费按预算执行，报销凭据齐全。"),
        ("办公室", "主任", "middle", "会员发展审核走过场", "岗位职责", "三级",
         "入会申请经协会初审、文联复核。"),
        ("办公室", "会计", "general", "采风创作补助虚列人员", "业务流程", "二级",
         "补助名单与活动签到表核对。"),
        ("办公室", "会计", "general", "向文艺团体收取赞助不入账", "外部环境", "一级",
         "赞助款一律对公收取，入账核算。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, "审核：", None, None, "2025年4月", None)
    return _layout(
        "gande_literary_federation_posts", "http://suzhouxs.com/tags-177891.html",
        "县文学艺术界联合会 岗位廉政风险点排查表 对岗不对人, after the source's 文艺精品扶持奖励办法 (扶持奖励, 重大题材, "
        "文艺推进会): a title, 序号/部门 merged/岗位 merged per post/风险点/风险类型 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def gande_xinhua_bookstore_group_rows() -> dict:
    unit = f"{PLACE}新华书店"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 10, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险类别", "风险等级", "防控措施")
    groups = [
        ("一、书店领导", "书店领导", [
            ("经理", "殳岚岫", "leader", [
                ("教辅征订中向学校支付回扣", "外部环境", "高风险", "严格执行教辅“一科一辅”，征订目录以教育部门公布为准。"),
                ("销售收入账外经营、设“小金库”", "制度机制", "高风险", "收入全部进入书店账户，每月对账。"),
            ]),
        ]),
        ("二、教材发行部", "教材发行部", [
            ("主任", "荀泠璠", "middle", [
                ("教材征订数量虚报、多订", "业务流程", "中风险", "征订数与学籍人数核对，学校签字确认。"),
            ]),
            ("结算员", "殳泠澂", "general", [
                ("向学校收取书款不开票、不入账", "岗位职责", "高风险", "书款对公结算，票款同步。"),
                ("退货款项私自截留", "思想道德", "中风险", "退货凭单与库存核对。"),
            ]),
        ]),
        ("三、门市部", "门市部", [
            ("营业员", "荀澂湜", "general", [
                ("收银差错款私自处理", "业务流程", "低风险", "收银日清日结，差错登记上报。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None, None)
    return _layout(
        "gande_xinhua_bookstore_group_rows", "https://jwjcc.xauat.edu.cn/info/1031/1040.htm",
        "县新华书店 廉洁风险防控责任清单, after the source's news of 新华书店 教材教辅 回扣 cases (结算员, 账外经营, 教辅征订): "
        "a title, 序号/岗位/姓名/廉洁风险点/风险类别 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施 under GROUP ROWS "
        "``一、书店领导``, ``二、教材发行部``, ``三、门市部`` merged across; 岗位 and 姓名 merged per person",
        [sh], t,
    )  # fmt: skip


def gande_party_history_selfchecks() -> dict:
    unit = f"中共{PLACE}委党史研究室"
    t = _Truth(unit)
    people = [
        ("荀淏汧", "研究室领导", "主任", "leader", [
            ("党史资料征集经费使用不规范", "Ⅰ级", "征集经费专款专用，主任办公会审定。", "已落实"),
            ("党史著作出版印刷单位指定", "Ⅱ级", "印刷单位比价选定。", "未发现问题"),
        ]),
        ("殳汧峣", "征集编研科", "科长", "middle", [
            ("捐赠史料登记不全、私自留存", "Ⅰ级", "捐赠史料逐件登记，颁发捐赠证明。", "已落实"),
            ("口述史采访补助虚报", "Ⅲ级", "补助凭采访记录发放。", "已落实"),
        ]),
        ("荀曦珝", "征集编研科", "科员", "general", [
            ("征集的实物资料保管不善、遗失", "Ⅱ级", "实物资料入库专柜保管。", "未发现问题"),
            ("向受访对象索取好处", "Ⅲ级", "签订廉洁承诺书。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在科室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gande_party_history_selfchecks", "http://ddbcggad.com/detail-m2-541.html",
        "县委党史研究室 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 党史和地方志研究室 "
        "征集公告 (征集内容, 无偿捐赠, 捐赠证明, 永久保存): a title, a label row ``姓　名 | 所在科室 | 岗　位 | 填表时间`` over "
        "a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def gande_library_two_sheets() -> dict:
    unit = f"{PLACE}图书馆"
    t = _Truth(unit)
    lead = _Sheet("馆领导", [6, 9, 9, 18, 38, 11, 34])
    _line(lead, f"{unit}馆领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("殳琇曦", "馆长", "主持全面工作", [
            ("图书采购指定供应商、收受回扣", "一级风险", "图书采购按政府采购程序进行，验收双人签字。"),
            ("免费开放经费挤占挪用", "一级风险", "免费开放经费专账核算，年度公示。"),
        ]),
        ("荀璠芃", "副馆长", "分管分馆和流通站建设", [
            ("乡镇分馆设备配送验收不严", "二级风险", "配送清单由分馆负责人签收。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("部室", [6, 14, 10, 9, 38, 11, 34])
    _line(dept, f"{unit}部室廉政风险防控一览表", 7)
    dept.add("序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("采编部", "部长", "殳蘅璩", "middle", "图书验收数量、品种把关不严", "二级风险", "验收单与采购合同逐项核对。"),
        ("采编部", "部长", "殳蘅璩", "middle", "剔旧图书私自变卖", "二级风险", "剔旧图书造册报批，集中处置。"),
        ("流通部", "管理员", "荀珵琇", "general", "读者押金、逾期费收取不开票据", "三级风险", "押金、逾期费开具票据，每月上缴。"),
        ("办公室", "会计", "殳漪峣", "general", "报账单据审核不严，虚列支出", "二级风险", "报账单据经办人、证明人、审批人三签。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "gande_library_two_sheets", "http://farm.00-net.com/news/3n/2011-01-20/160499.html",
        "县图书馆 廉政风险防控一览表 in TWO SHEETS, after the source's 城乡一体化公共图书馆服务体系 (乡镇分馆, 图书流通站, "
        "经费开支管理, 职责分工): sheet 馆领导 with 姓名/职务/分管工作 merged per leader, sheet 部室 with 部室 merged and "
        "岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级风险/二级风险/三级风险``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def gande_transmitter_station_list() -> dict:
    unit = f"{PLACE}广播电视无线发射台"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("台领导", "台长", "荀珣昶", "leader", "“户户通”设备采购不按程序", "制度机制风险", "高",
         "设备采购进入县公共资源交易平台。"),
        ("台领导", "台长", "荀珣昶", "leader", "运行维护经费使用不透明", "业务流程风险", "中",
         "维护经费预算公开，年度审计。"),
        ("技术科", "科长", "殳岷岱", "middle", "发射机维修外包定向委托", "岗位职责风险", "高",
         "维修外包比价选定，结果公示。"),
        ("技术科", "值班员", "荀曦漪", "general", "安全播出值班记录弄虚作假", "岗位职责风险", "中",
         "值班记录当班填写，科长每日抽查。"),
        ("办公室", "出纳", "殳朏岚", "general", "“户户通”维修服务费私自收取", "思想道德风险", "低",
         "维修服务费标准公示，统一开票。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, None, "审核人：", None, "台长（签字）：", None, None)
    return _layout(
        "gande_transmitter_station_list", "http://creditsailing.com/QiHuaWenAn/294276-3.html",
        "县广播电视无线发射台 岗位廉政风险防控一览表, after the source's 广播影视服务体系 实施意见 (户户通, 无线发射台(站), "
        "安全播出, 运行维护, 经费保障): a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 written on "
        "EVERY row/廉政风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/台长（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gande_media_centre_type_rows_by_post(),
    gande_archives_list(),
    gande_gazetteer_office_cards(),
    gande_literary_federation_posts(),
    gande_xinhua_bookstore_group_rows(),
    gande_party_history_selfchecks(),
    gande_library_two_sheets(),
    gande_transmitter_station_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch566-inbox"))
