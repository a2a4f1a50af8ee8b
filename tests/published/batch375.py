"""The three-hundred-and-seventy-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 文物 and 旅游
bodies, 韩城市 (a county-level city of 渭南 on the 黄河, 司马迁's home, its staff Han) — the
市文物旅游局, the 司马迁祠景区管理处, the 党家村保护管理所, the 文化馆, the 旅游执法大队, the 文物管理所,
the 旅游服务中心 and the 博物馆 — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its
staff typed in WPS or Excel:

- the 文物旅游局's file in two sheets: ``局领导`` (``职务 | 姓名 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级/二级/三级``, no type
  column, a 制表/审核/date line under each;
- the 司马迁祠景区管理处's 一览表 under GROUP ROWS ``一、处领导``, ``二、票务科``, ``三、文物保护科``,
  ``四、财务室`` merged across (no 科室 column): ``岗位 | 姓名`` merged per person, short types,
  高/中/低, a 填表人/审核人/date line;
- the 党家村保护管理所's 排查表 对岗不对人: ``股室`` merged and ``岗位`` merged per post, a short
  ``风险点`` beside a long ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names; an
  编制/审核/date line;
- the 文化馆's 防控卡, one sheet a holder (tabs 馆长, 辅导部主任, 出纳): ONE row of three pairs
  ``姓　名 | … | 所在部室 | … | 职　务 | …``, a merged ``岗位职责`` line, then ``序号 | 风险点 |
  风险类型 | 风险等级 | 防控措施``, ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line,
  ``监督电话：12388 | 持卡人签名： | 年　月　日``;
- the 旅游执法大队's 自查表, one sheet a person (tabs named by the holder): a LABEL ROW ``姓　名 |
  所在中队 | 职　务 | 填表时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施 | 自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 大队审核意见：``;
- the 文物管理所's 责任清单: ``股室`` merged, ``岗位`` and ``责任人`` merged per person, ``职责事项``
  before the ``廉政风险点``, ``…风险`` types, ``一级风险/二级风险/三级风险``, the measures; a ``注：``
  line and a 制表/审核/date line;
- the 旅游服务中心's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line: ``部门 |
  岗位 | 责任人`` written out on EVERY row, nothing merged, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line,
  no type column.

One is harder:

- ``hancheng_museum_point_then_measures_in_one_cell``: the 博物馆's 岗位廉政风险点及防控措施一览表, an
  ordinary list (``部室`` merged, ``岗位`` and ``姓名`` merged per person, short types, 高/中/低) with NO
  MEASURES COLUMN: its one risk column is headed ``廉政风险点及防控措施`` and EVERY CELL holds, one
  row a point, the POINT ON ITS FIRST LINE — unlabelled and unnumbered, ``藏品出入库手续不全，借出
  文物不按期收回`` — and under it, IN THE SAME CELL, that point's two or three MEASURES numbered one a
  line, ``（1）出入库凭审批单办理，经办人、保管员双人签字；⏎（2）借出文物建立台账，到期催收；⏎（3）…。``
  (a Word cell typed as the 馆 types its 制度: the point, then its measures as numbered paragraphs).
  Nothing in the cell says which line is the point: only its place (first) and the numbering of the
  lines after it. The README's 读得懂的表 knows a LABELLED ``风险点：…⏎防控措施：…`` cell (and
  ``风险点1：…⏎防控措施1：…⏎风险点2：…`` pairs under ``风险点及防控措施``), a ``风险点。对策：…`` cell, a
  ``风险点——表现形式`` cell, the ``【以案说险】``/``典型案例：`` line after a point, ``职责：…⏎风险点：…``,
  and, under ``廉政风险点及防控措施`` with no measures column, measures ``（1）…；``, ``（2）…。`` standing
  ONE A ROW UNDER THE POINT in the column (a Word cell's paragraphs split over rows, the 序号, type
  and level merged down over them); it does not describe the same unlabelled ``（1）…`` measures kept
  INSIDE THE POINT'S OWN CELL, on the lines after it — read as one text the point would carry all
  its measures; read by the joined-heading rule the column is the 风险点 and the cell its text.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 博物馆's 文物库房管理制度 — 非本库房
保管员 不得入库, 馆领导批准, 出入登记册, 保管员陪同, 不得触摸、移动藏品; a 市文旅局's 文物安全 meeting —
文物安全责任人公示, 群众文保员 履职管理, 田野文物巡查, 先考古、后出让, 文物保护专项规划; a piece on the
司马迁祠 景区 — 祠墓, 文史公园, 景区 from 200亩 to 2000亩; a piece on 党家村 — 明清古建筑群, 主体建筑
维修保护, 村寨环境整治提升, 原住居民; papers on 文化馆 免费开放 — 补助资金, 内部管理运行机制, 用人靠关系,
待遇与业绩不挂钩; an account of a 区旅游执法大队 — 旅游市场巡查, 非法导游, 零负团费, 投诉受理; a 区文物
管理所's 年度报告 — 馆藏文物, 库房值班和进出库房登记, 民办博物馆, 四级群防, 保护标志和公告公示牌; a
visitor's trip to 司马迁祠 and 党家村 — 郊游车, 换乘要再买票, 旅游公交) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names, three characters each); every unit is a body of
韩城市, named with the city's name (``韩城市博物馆``, ``韩城市党家村保护管理所`` …).

Run ``python tests/published/score.py --set batch375`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each ``廉政风险点及防控措施`` cell is ONE point, its ``risk_point`` the cell's FIRST
  LINE as typed (a point inside its cell, as batch374's ``风险点：`` line); the ``（1）…``, ``（2）…`` lines after it are its measures, no points and no part of the
  point; the ``填报单位（盖章）：… 填报时间：…`` line and the 填表人/审核人/馆长（签字） line are no points;
- ``局领导`` (the 文物旅游局's sheet of its leaders, named so by its tab and title), ``处领导`` (a group
  row), ``所领导`` (a 股室 cell), ``馆领导`` (a 部室 cell, a card's 所在部室) and ``中心领导`` (a 部门
  cell) are the 科室 of those leaders; a 局's 股 and its 办公室, a 处's 科 and 财务室, a 所's 股, a 馆's
  部, 办公室 and 财务室, a 大队's 中队 and a 中心's 部 and 车队 are 科室; a group row ``二、票务科`` gives
  the 科室 ``票务科`` (its number left off);
- every 局, 处, 所, 馆, 大队 and 中心 here is a unit of its own: 局长, 副局长, a 处's 主任 and 副主任,
  所长, 副所长, 馆长, 副馆长 and a 中心's 主任 are leaders; 股长, 办公室主任, 科长, a 部's 主任 (保管部,
  陈列部, 辅导部主任), 中队长 and 部长 middle; the rest (科员, 会计, 出纳, 售票员, 检票员, 文物保护员,
  保管员, 讲解员, 执法队员, 调度员) general;
- ``风险点 | 风险表现`` (the 党家村保护管理所's list): the point is the short 风险点; ``分管工作``,
  ``岗位职责``, ``职责事项`` and ``自查情况`` are no points and name no holder; the 党家村保护管理所's
  list names no person: its forms are posts (对岗不对人);
- ``高/中/低``, ``★★★/★★/★`` (read by the cards' note), ``一级/二级/三级``, ``一级风险/二级风险/
  三级风险``, ``高风险/中风险/低风险``, ``Ⅰ级/Ⅱ级/Ⅲ级`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the
  旅游服务中心's note) are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch287 import _per_person
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b375_"
PLACE = "韩城市"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

MUSEUM_UNIT = f"{PLACE}博物馆"
MUSEUM_HEAD = ("序号", "部室", "岗位", "姓名", "廉政风险点及防控措施", "风险类型", "风险等级")
# (部室, 岗位, 姓名, tier, [(风险点, [防控措施, …], 风险类型, 风险等级)])
MUSEUM_ROWS = [
    ("馆领导", "馆长", "蔺镛琮", "leader", [
        ("藏品征集价格不经鉴定评估，个人决定收购",
         ["征集藏品一律经藏品鉴定委员会鉴定、评估", "征集价格经馆务会集体研究确定"], "制度机制", "高"),
        ("陈列展览布展工程指定施工单位",
         ["布展工程按限额标准公开招标", "合同签订前经法律顾问审核"], "业务流程", "中"),
    ]),
    ("馆领导", "副馆长", "闾珮漪", "leader", [
        ("批准馆外人员进入文物库房把关不严",
         ["馆外人员入库须经馆长批准并在出入登记册登记", "入库全程由保管员陪同"], "岗位职责", "中"),
    ]),
    ("保管部", "主任", "鄂霁翾", "middle", [
        ("藏品出入库手续不全，借出文物不按期收回",
         ["出入库凭审批单办理，经办人、保管员双人签字", "借出文物建立台账，到期催收",
          "每季度藏品账物核对一次"], "制度机制", "高"),
        ("文物修复项目验收走过场",
         ["修复项目邀请馆外专家验收", "修复前后影像资料存档备查"], "业务流程", "低"),
    ]),
    ("保管部", "保管员", "殳蘅澈", "general", [
        ("私自进入库房，触摸、移动藏品",
         ["库房实行双人双锁，钥匙分人保管", "库房监控录像按月抽查"], "岗位职责", "中"),
        ("藏品账目登记与实物不符，以假换真调换藏品",
         ["藏品总账与分类账分人保管", "年度全面清点，结果报馆领导"], "思想道德", "高"),
    ]),
    ("陈列部", "主任", "郜瑆渊", "middle", [
        ("展柜、展具采购虚报价格",
         ["采购三家以上询价比价", "验收与采购分离，验收单附照片"], "业务流程", "中"),
    ]),
    ("社教部", "讲解员", "谌沄珞", "general", [
        ("接受旅行社好处，安排团队插队参观",
         ["团队参观一律网上预约，按预约顺序入馆", "讲解服务项目和价格公示"], "外部环境", "低"),
    ]),
    ("财务室", "会计", "蓟淼汀", "general", [
        ("文创产品销售收入不入账",
         ["文创销售使用收款系统，日清日结", "每月盘点文创产品库存，账实核对"], "制度机制", "中"),
    ]),
]  # fmt: skip


def _measure_lines(measures: list[str]) -> list[str]:
    """``（1）…；`` ``（2）…。``: the measures numbered one a line, the last closed with ``。``."""
    out = []
    for i, m in enumerate(measures, 1):
        end = "。" if i == len(measures) else "；"
        out.append(f"（{i}）{m}{end}")
    return out


def _point_and_measures(point: str, measures: list[str]) -> str:
    """The point on the first line as it is, then its measures, numbered, one a line."""
    return "\n".join([point, *_measure_lines(measures)])


def hancheng_museum_point_then_measures_in_one_cell() -> dict:
    unit = MUSEUM_UNIT
    sh = _Sheet("一览表", [6, 10, 9, 9, 56, 10, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点及防控措施一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年10月", 7)
    sh.add(*MUSEUM_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in MUSEUM_ROWS:
        for point, measures, typ, lv in points:
            n += 1
            sh.add(n, dept, post, who, _point_and_measures(point, measures), typ, lv)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, "馆长（签字）：", None)
    return _layout(
        "hancheng_museum_point_then_measures_in_one_cell", "http://jzmsm.org/news-296.html",
        "(harder) 市博物馆 岗位廉政风险点及防控措施一览表, after the source's 博物馆文物库房管理制度 (非本库房保管员不得入库, 入库"
        "须经馆领导批准, 文物库房出入登记册, 保管员陪同, 不得触摸、移动藏品): a title, a merged ``填报单位（盖章）：…　填报时间："
        "2025年10月`` line, then 序号/部室 merged (馆领导, 保管部, 陈列部, 社教部, 财务室)/岗位 and 姓名 merged per person/ONE "
        "column ``廉政风险点及防控措施`` with NO measures column: every cell holds the POINT ON ITS FIRST LINE, UNLABELLED and "
        "unnumbered, and under it, in the same cell, the point's MEASURES numbered one a line ``（1）…；⏎（2）…。`` (two or "
        "three), no ``风险点：``/``防控措施：`` labels/风险类型 (short names)/风险等级 高/中/低; a 填表人/审核人/馆长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def hancheng_heritage_tourism_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文物旅游局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 26, 40, 9, 32])
    _line(lead, f"{unit}局领导廉政风险防控表", 7)
    lead.add("序号", "职务", "姓名", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("局长", "雒翀澧", "主持全面工作，分管办公室、财务股", [
            ("文物保护维修和旅游发展专项资金分配不经党组会集体研究", "一级",
             "专项资金分配方案经党组会研究，分配结果公开。"),
            ("局属景区管理处、博物馆负责人选任把关不严", "二级", "选任严格执行程序，全程纪实。"),
        ]),
        ("副局长", "郤湉珣", "分管文物股、旅游市场股", [
            ("建设工程涉及文物保护单位的审核意见中打招呼、开口子", "一级",
             "审核意见经股室初审、局务会研究，结果公开。"),
            ("A级旅游景区评定推荐中接受景区宴请和礼品", "二级", "评定推荐实行专家打分，打分结果公示。"),
            ("田野文物安全巡查发现问题督办不力", "三级", "巡查问题建立清单，整改销号。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for post, who, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, post, who, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[2]) for c in (1, 2, 3)])
    lead.add("制表：", None, None, "审核：", None, "2025年10月", None)
    dept = _Sheet("股室", [6, 14, 11, 9, 40, 9, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("办公室", "办公室主任", "琚昶沨", "middle", [
            ("公务接待和会议费用虚列", "二级", "接待、会议事前审批，费用清单按月公示。"),
            ("公务用车私用", "三级", "用车登记审批，行车轨迹定期核查。"),
        ]),
        ("文物股", "股长", "逯霈桓", "middle", [
            ("“先考古、后出让”考古调查勘探意见出具把关不严", "一级", "勘探意见经股室集体审核，报分管领导审签。"),
            ("群众文保员补助发放不按履职考核结果", "二级", "补助发放与巡查记录挂钩，发放名单公示。"),
        ]),
        ("旅游市场股", "科员", "隗涔玥", "general", [
            ("旅行社设立备案材料审核走过场", "二级", "备案材料清单化审核，双人复核。"),
            ("旅游投诉处理偏袒经营者", "二级", "投诉件登记编号，办理结果回访。"),
        ]),
        ("财务股", "会计", "鄢蓁漪", "general", [
            ("文物保护维修专项资金不按合同和进度支付", "一级", "支付凭合同、进度报表和审批单办理。"),
            ("虚列支出套取资金", "二级", "支出凭证经办、审核、审批三签。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：", None, None, "审核：", None, "2025年10月", None)
    return _layout(
        "hancheng_heritage_tourism_bureau_two_sheets",
        "http://wl.hanzhong.gov.cn/hzwlwz/zhxw/202601/c3350b2862634bd1b6fc20498cfe1da5.shtml",
        "市文物旅游局 廉政风险防控表 in two sheets, after the source's 市文旅局 文物安全 meeting (文物安全责任人公示, 群众文保员 "
        "履职管理, 田野文物巡查, 先考古、后出让, 文物保护专项规划): ``局领导`` (a title, 序号/职务, 姓名 and 分管工作 merged per "
        "leader/廉政风险点/风险等级 ``一级/二级/三级``/防控措施; a 制表/审核/date line) and ``股室`` (a title, 序号/股室 merged/岗位 "
        "and 姓名 merged per person/…; the same line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def hancheng_sima_qian_shrine_group_rows() -> dict:
    unit = f"{PLACE}司马迁祠景区管理处"
    sh = _Sheet("一览表", [6, 10, 9, 40, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、处领导", "处领导", [
            ("主任", "綦峣淳", "leader", [
                ("文史公园配套工程发包不按规定招标", "制度机制", "高", "工程发包按限额标准公开招标，处务会研究。"),
                ("景区经营性项目承包、租赁不公开", "业务流程", "中", "经营项目公开竞租，合同报市文物旅游局备案。"),
            ]),
            ("副主任", "笪珩湄", "leader", [
                ("门票优惠和免票审批随意", "岗位职责", "中", "优惠免票政策上墙公示，审批单按月核对。"),
            ]),
        ]),
        ("二、票务科", "票务科", [
            ("科长", "晁煜澂", "middle", [
                ("售票数据与票款核对不严", "岗位职责", "高", "票务系统数据与票款每日核对，差异报告。"),
                ("团队票结算中与旅行社私下约定返点", "外部环境", "中", "团队结算价格公开，结算单双人签字。"),
            ]),
            ("售票员", "斛莛沄", "general", [
                ("收款不出票，截留票款", "思想道德", "高", "一律系统出票，窗口视频监控。"),
            ]),
            ("检票员", "竺玙澈", "general", [
                ("放熟人无票入园", "思想道德", "低", "闸机检票，人工通道登记。"),
                ("已检门票回收再售", "业务流程", "中", "已检门票当场作废，票根统一销毁。"),
            ]),
        ]),
        ("三、文物保护科", "文物保护科", [
            ("科长", "郦岫澜", "middle", [
                ("祠墓古建筑日常维修工程量签证不实", "业务流程", "中", "维修工程量双人现场核实，影像存档。"),
                ("碑石拓印违规许可", "岗位职责", "低", "拓印一律报市文物旅游局审批。"),
            ]),
        ]),
        ("四、财务室", "财务室", [
            ("出纳", "阚沁蘅", "general", [
                ("票款不按日解缴银行，公款私存", "制度机制", "高", "票款当日解缴，银行对账单按月核对。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, None, "审核人：", None, "2025年10月", None)
    return _layout(
        "hancheng_sima_qian_shrine_group_rows", "http://www.ok-sl.com/xwzx/11671.html",
        "市司马迁祠景区管理处 岗位廉政风险防控一览表, after the source's piece on the 司马迁祠 景区 (祠墓, 文史公园, 景区规模从200亩"
        "扩大到2000亩, 全国重点文物保护单位): a title, 序号/岗位/姓名/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施 "
        "under GROUP ROWS ``一、处领导``, ``二、票务科``, ``三、文物保护科``, ``四、财务室`` merged across (no 科室 column); 岗位 "
        "and 姓名 merged per person; a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


def hancheng_dangjia_village_office_posts() -> dict:
    unit = f"{PLACE}党家村保护管理所"
    sh = _Sheet("排查表", [6, 10, 11, 16, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "leader", [
            ("古民居维修工程发包", "古民居维修工程化整为零，指定施工队伍", "制度机制风险", "Ⅰ级",
             "维修工程按限额标准招标，所务会集体研究。"),
            ("环境整治项目资金", "村寨环境整治提升资金不按项目使用，虚报工程量", "业务流程风险", "Ⅰ级",
             "项目资金专账核算，工程量第三方审核。"),
        ]),
        ("所领导", "副所长", "leader", [
            ("民居维修补助", "维修补助对象审核把关不严，优亲厚友", "岗位职责风险", "Ⅱ级", "补助对象入户核实，名单公示。"),
        ]),
        ("保护股", "股长", "middle", [
            ("民居修缮审批", "村民修缮四合院申请审批拖延、吃拿卡要", "思想道德风险", "Ⅱ级", "审批条件和时限公开，超时督办。"),
        ]),
        ("保护股", "文物保护员", "general", [
            ("文物巡查", "对村内私搭乱建、改变建筑原状不报告、不制止", "岗位职责风险", "Ⅱ级", "巡查记录每日上传，抽查复核。"),
            ("石刻家训保护", "默许商户拓印、翻刻门楣家训石刻牟利", "外部环境风险", "Ⅲ级", "石刻拓印报批，违规行为登记上报。"),
        ]),
        ("综合股", "会计", "general", [
            ("门票收入分成发放", "原住村民门票收入分成发放不公开、不及时", "外部环境风险", "Ⅲ级",
             "分成方案和发放名册在村务公开栏公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, tier, points in rows:
        for point, desc, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, point, desc, typ, lv, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2)
    sh.add("编制：", None, "审核：", None, None, None, "2025年10月", None)
    return _layout(
        "hancheng_dangjia_village_office_posts", "https://dbsqp.com/article/46964",
        "市党家村保护管理所 岗位廉政风险点排查表 对岗不对人, after the source's piece on 党家村 (明清古建筑群, 全国重点文物保护单位, "
        "主体建筑维修保护, 村寨及周边环境整治提升, 原住居民留在村中, 4A级旅游景区): a title, 序号/股室 merged/岗位 merged per post/"
        "a short 风险点/a long ``风险表现``/风险类型 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制： | "
        "审核： | 2025年10月`` line",
        [sh], t,
    )  # fmt: skip


def hancheng_cultural_center_cards() -> dict:
    unit = f"{PLACE}文化馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "甯叡昉", "馆长", "馆领导", "leader", "主持全面工作，分管办公室", [
            ("免费开放补助资金安排使用不经馆务会研究", "制度机制风险", "★★★", "资金使用计划经馆务会研究，使用情况公开。"),
            ("编外辅导员聘用看关系", "思想道德风险", "★★", "聘用条件公开，面试结果公示。"),
            ("绩效工资分配与工作业绩不挂钩", "岗位职责风险", "★", "分配方案经职工大会通过。"),
        ]),
        ("辅导部主任", "檀芷潆", "辅导部主任", "辅导部", "middle", "负责群众文艺培训和辅导", [
            ("公益培训班变相收费", "业务流程风险", "★★★", "培训项目和免费政策公示，设举报电话。"),
            ("群众文艺团队演出补贴申报审核不严", "岗位职责风险", "★★", "补贴申报附演出影像，双人审核。"),
        ]),
        ("出纳", "訾棠翙", "出纳", "办公室", "general", "负责现金和银行账户管理", [
            ("场地出租收入不入账", "制度机制风险", "★★★", "出租收入统一开票，当日入账。"),
            ("报销票据审核不严", "业务流程风险", "★", "报销单据逐张审核，会计复核。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, work, points in cards:
        sh = _Sheet(tab, [6, 36, 12, 10, 12, 30])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add(f"姓{GAP}名", who, "所在部室", dept, f"职{GAP}务", post)
        r = sh.add("岗位职责", work, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", None)
        sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
        for i, (point, typ, stars, measures) in enumerate(points, 1):
            r = sh.add(i, point, typ, stars, measures, None)
            sh.merge(r, 4, r, 5)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[stars])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 6)
        sh.add("监督电话：12388", None, "持卡人签名：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "hancheng_cultural_center_cards", "https://fanwen.aixue.net/a/6419535c53dd5b5a0a0cee73.html",
        "市文化馆 岗位廉政风险防控卡, one sheet a holder (tabs 馆长, 辅导部主任, 出纳), after the source's papers on 文化馆 免费开放 "
        "(免费开放补助资金, 内部管理运行机制, 用人靠关系, 待遇与业绩不挂钩, 有偿服务): a title, ONE ROW of three pairs ``姓　名 | … | "
        "所在部室 | … | 职　务 | …``, a ``岗位职责`` line merged, then 序号/风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/"
        "防控措施 (merged over two columns); a merged ``注：`` line on the stars and ``监督电话：12388 | 持卡人签名： | 年 月 日``",
        sheets, t,
    )  # fmt: skip


def hancheng_tourism_enforcement_selfchecks() -> dict:
    unit = f"{PLACE}旅游执法大队"
    t = _Truth(unit)
    people = [
        ("冉毓翃", "一中队", "中队长", "middle", [
            ("对“不合理低价游”线索选择性查处", "岗位职责", "高风险", "线索统一登记编号，查处结果按月通报。", "已落实"),
            ("执法检查前向旅行社透露检查时间", "思想道德", "高风险", "检查对象和时间出发前确定，通讯工具集中管理。", "已落实"),
            ("案件处罚裁量畸轻", "制度机制", "中风险", "处罚按裁量基准逐项说明理由，法制审核。", "正在整改"),
        ]),
        ("禤璟沅", "一中队", "执法队员", "general", [
            ("查处非法导游时收受好处放行", "思想道德", "高风险", "执法记录仪全程记录，两人以上执法。", "已落实"),
            ("投诉调解中偏袒经营者", "业务流程", "中风险", "调解结果游客签字确认，回访满意度。", "已落实"),
        ]),
        ("璩澍荔", "二中队", "执法队员", "general", [
            ("暂扣物品不登记、私自处置", "制度机制", "中风险", "暂扣物品当场开具清单，统一入库。", "已落实"),
            ("景区巡查记录弄虚作假", "岗位职责", "低风险", "巡查轨迹定位上传，中队长抽查。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 36, 10, 10, 32, 12])
        _line(sh, f"{unit}执法人员廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", "所在中队", f"职{GAP}务", "填表时间", None, None)
        sh.add(who, dept, post, "2025年10月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, state) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, state)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, None, "大队审核意见：", None, None)
        sheets.append(sh)
    return _layout(
        "hancheng_tourism_enforcement_selfchecks",
        "https://www.08gf.com/news/jie-mi-yu-zhong-qu-lv-you-zhi-fa-da-dui-hu-hang-you-ke-an-quan-zhu-li-cheng-shi-lv-you-fa-zhan.html",
        "市旅游执法大队 执法人员廉政风险自查表, one sheet a person (tabs named by the holder), after the source's account of a 区"
        "旅游执法大队 (旅游市场巡查, 查处非法导游、黑导游, 零负团费, 投诉受理中心): a title, a LABEL ROW ``姓　名 | 所在中队 | "
        "职　务 | 填表时间`` over a row of values, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施/"
        "``自查情况``; a blank row and ``本人签名： | 大队审核意见：``",
        sheets, t,
    )  # fmt: skip


def hancheng_relics_office_duties() -> dict:
    unit = f"{PLACE}文物管理所"
    sh = _Sheet("责任清单", [6, 10, 11, 9, 16, 36, 13, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "股室",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("所领导", "所长", "昝峄岚", "leader", [
            ("所务决策", "文物保护项目资金使用不经所务会研究", "制度机制风险", "一级风险", "项目资金使用经所务会研究，纪要存档。"),
            ("指导民办博物馆", "为民办博物馆备案说情打招呼", "外部环境风险", "二级风险", "备案材料集体审核，说情事项登记报告。"),
        ]),
        ("所领导", "副所长", "钭渟琰", "leader", [
            ("不可移动文物调查建档", "调查建档数据不实，漏登、错登", "岗位职责风险", "二级风险", "建档数据双人复核，抽查实地。"),
        ]),
        ("文物股", "股长", "郇瑀澍", "middle", [
            ("保护标志和公告公示牌制作", "制作项目指定供应商", "业务流程风险", "二级风险", "制作项目三家比价，结果公示。"),
            ("田野文物安全巡查", "巡查记录弄虚作假，隐患不上报", "岗位职责风险", "三级风险", "巡查记录附照片定位，按月通报。"),
        ]),
        ("保管股", "保管员", "宓瑶沣", "general", [
            ("库房出入管理", "未经审批提取馆藏文物，出入库登记不全", "制度机制风险", "一级风险", "出入库凭审批单，双人双锁。"),
            ("文物防霉防虫", "防护物资采购虚报数量", "业务流程风险", "三级风险", "物资验收与采购分离，领用登记。"),
        ]),
        ("财务股", "会计", "扈沅蔚", "general", [
            ("经费报销", "虚列支出，以虚假票据报销", "制度机制风险", "二级风险", "票据逐张审核，所长审批。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级风险、二级风险、三级风险，一级风险为最高。", 9)
    sh.add("制表：", None, None, "审核：", None, None, "2025年10月", None, None)
    return _layout(
        "hancheng_relics_office_duties", "http://www.sxbb.gov.cn/site-sxdjgl/yearlyReport_view/286303",
        "市文物管理所 廉政风险防控责任清单, after the source's 区文物管理所 年度报告 (馆藏文物建档、保管、征集, 库房值班和进出库房"
        "登记, 指导民办博物馆, 四级群防, 保护标志和公告公示牌): a title, then 序号/股室 merged (所领导, 文物股, 保管股, 财务股)/"
        "岗位 and ``责任人`` merged per person/``职责事项``/廉政风险点/风险类型 ``…风险``/风险等级 ``一级风险/二级风险/三级风险``/"
        "防控措施; a ``注：`` line and a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def hancheng_tourist_service_center_every_row() -> dict:
    unit = f"{PLACE}旅游服务中心"
    sh = _Sheet("一览表", [6, 10, 9, 9, 40, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 8}填报时间：2025年10月", 7)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "劳竑澹", "leader", "旅游公交线路运营承包不公开招标", "Ⅰ",
         "运营承包公开招标，合同经中心办公会研究。"),
        ("中心领导", "主任", "劳竑澹", "leader", "景区联票分成结算不经集体研究", "Ⅱ", "分成方案集体研究，结算结果公开。"),
        ("票务部", "部长", "卞淏岚", "middle", "联票、换乘票重复收费", "Ⅱ", "票种和价格公示，换乘凭联票免费。"),
        ("票务部", "售票员", "巩芊澪", "general", "退票款不退还游客，私自截留", "Ⅰ", "退票原路退回，退票记录按日核对。"),
        ("讲解部", "讲解员", "锺璎珂", "general", "带游客到指定商店购物收取回扣", "Ⅰ", "讲解线路固定，游客回访。"),
        ("讲解部", "讲解员", "锺璎珂", "general", "私自收取讲解费", "Ⅱ", "讲解服务统一售票，价格公示。"),
        ("车队", "调度员", "靳砚渟", "general", "车辆加油、维修费用虚报", "Ⅱ", "加油卡定车使用，维修定点比价。"),
        ("车队", "调度员", "靳砚渟", "general", "旅游公交车辆私用", "Ⅲ", "车辆定位监控，收车入库登记。"),
    ]  # fmt: skip
    for i, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], BARE[lv])
    _line(sh, "注：风险等级Ⅰ为高风险，Ⅱ为中风险，Ⅲ为低风险。", 7)
    sh.add("填表人：", None, "审核人：", None, None, "2025年10月", None)
    return _layout(
        "hancheng_tourist_service_center_every_row", "https://miehuo119.cn/wenshi/188636.html",
        "市旅游服务中心 岗位廉政风险防控一览表, after the source's visit to 司马迁祠 and 党家村 (郊游车 from 大禹庙, 换乘的车还要再"
        "买票, 旅游公交 不到景区, 旅游服务不到位): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年10月`` line, "
        "then 序号/部门/岗位/责任人 written out on EVERY row (nothing merged)/风险点/风险等级 bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; no type "
        "column; a ``注：`` line on the grades and a 填表人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    hancheng_museum_point_then_measures_in_one_cell(),
    hancheng_heritage_tourism_bureau_two_sheets(),
    hancheng_sima_qian_shrine_group_rows(),
    hancheng_dangjia_village_office_posts(),
    hancheng_cultural_center_cards(),
    hancheng_tourism_enforcement_selfchecks(),
    hancheng_relics_office_duties(),
    hancheng_tourist_service_center_every_row(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch375-inbox"))
