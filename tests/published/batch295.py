"""The two-hundred-and-ninety-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's schools,
hospitals and 公共服务 bodies, 恩阳区 (a district of 巴中, its staff Han) — its 柳林中学 and 茶坝中学,
its 下八庙镇中心小学, its 渔溪镇卫生院, its 疾病预防控制中心, its 图书馆, its 档案馆 and its 中医医院 —
each handing back the 一览表, 排查表, 防控卡, 自查表, 防控表, 清单 or 登记表 its staff typed in WPS or
Excel:

- the 柳林中学's 一览表 under ``附件1`` and a ``填报单位（盖章）：…　填报时间：…`` line, its rows under GROUP
  ROWS ``一、校级领导`` … ``四、总务处`` merged across (no 处室 column): ``岗位`` and ``姓名`` merged per
  person, short types, ``一级风险/二级风险/三级风险``, a 填表人/审核人/校长（签字） line;
- the 茶坝中学's 排查表 对岗不对人: ``处室`` merged, ``岗位`` on every row, a short ``风险点`` beside a
  long ``主要表现``, 高/中/低, no names, no types; a 制表/审核/date line;
- the 下八庙镇中心小学's 防控卡, one sheet a holder (tabs 校长, 副校长, 营养餐专管员): ``姓　名 | … |
  职　务 | …`` and a merged ``分管工作`` line above ``序号 | 风险点 | 风险类别 | 风险等级 | 防控措施``,
  ``…风险`` types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 渔溪镇卫生院's 自查表, one sheet a person (tabs named by the person): a label row ``姓　名 |
  科　室 | 岗　位 | 自查时间`` over a row of values, then ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施 | 自查情况``, short types, ``高风险/中风险/低风险``, ``本人签名： | … | 院长意见：``;
- the 疾病预防控制中心's file in two sheets: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per
  leader) and ``科室`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``…风险`` types,
  ``一级/二级/三级``;
- the 图书馆's 责任清单: ``部室`` merged, ``岗位`` and ``责任人`` merged per person, ``工作事项`` before
  the ``廉政风险点``, ``Ⅰ/Ⅱ/Ⅲ`` (no 级), no type column, and a last ``责任领导`` column;
- the 档案馆's 一览表: ``科室`` merged, ``岗位 | 姓名`` on every row, a short ``风险点`` beside a long
  ``风险描述``, ``…风险`` types, 高/中/低.

One is harder:

- ``enyang_tcm_hospital_section_labels``: the 中医医院's 科室廉洁风险防控登记表 made as ONE Word-style
  table of SECTIONS, one section a 科室, pasted into Excel. Column A has NO HEADING: it is a LABEL
  COLUMN, and each section's label — the 科室's name, ``院领导`` for the 院长 and 副院长 — is ONE cell
  merged down column A from the section's OWN HEADING ROW to its last row. Each section opens with
  its own heading ``序号 | 岗位 | 姓名 | 廉洁风险点 | 风险类别 | 风险等级 | 防控措施`` in columns B–H,
  beside the label, and its 序号 start again at 1; the sections follow one another with no blank
  row, no caption line and no group row. So the first cell of every heading row is a 科室's name
  (never ``科室`` or ``序号``), the headings differ from one another in that cell, and the only
  place a row's 科室 is written is the tall label that begins on the heading ABOVE the row, like
  the ``家庭主要成员`` block of a 干部任免审批表. The README's 读得懂的表 knows a 科室 column headed
  ``科室`` (merged down or written on every row), group rows ``一、办公室`` merged across, headings
  repeated on every page (the same heading again), several cards stacked down a sheet under a
  caption row ``一、主任　禚铭远``, and a sheet named by its 科室; it does not describe a headless
  label column whose merged cells begin ON each section's own heading row, so that the heading
  rows differ in their first cell and the 科室 of a section must be taken from the label beside
  its heading.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 市中医院's 廉洁文化墙 at its two
院区 — ``望闻问切``, ``一针一灸一剂``, 针灸 and 药材, 治未病; 常德's three cases of 中小学 教辅 征订 — a
中学 that sold 教辅 outside the list in its 校园书店 for a 40% 返利, a 校长 and 副校长 who let a 书商
sell in ten classes, 班主任 who took 回扣; a 巩义 高中 校长 who took 回扣 from 书商 for 教辅资料 —
四折, 返点, 业务员; a 镇中心小学's check of its 校点 — 营养餐公示牌, 带量菜谱, 膳食监督家长委员会,
营养餐对账; a 镇卫生院 whose 院长 had the 家庭医生 团队长 hand back part of their 签约服务费 to the
会计, who bought 加油充值卡 for him; a 省疾控中心 窝案 — the 免疫规划所 所长 and the 疫苗组 组长 taking
bribes from 疫苗 suppliers over 疫苗配送; a 学院图书馆's 职权运行流程图 — the 采编部's 图书、信息资源、
家具、设备采购 (采购计划, 询价、招标, 验收) and the 流通部's 图书丢失赔偿 (收取现金, 上交, 核对); a study
of 档案馆 业务外包 — 档案整理, 上架, 保管, 扫描, 著录, 档案中介服务机构, 数字化加工) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (rare Han surnames with rare given names); every unit is a body of 恩阳区.

Run ``python tests/published/score.py --set batch295`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file every row of a section belongs to the 科室 its label names (``院领导`` for the
  院长 and 副院长); the label is no point, no post and no holder; the holder is the row's ``姓名``
  (merged per person), the post its ``岗位``; the heading rows, the title, the ``填报单位`` line and
  the sign-off line are no points;
- ``校级领导``, ``院领导``, ``中心领导``, ``馆领导`` (a group row, a 处室/科室/部室 cell, a card's or
  self-check's 科室, a section label, the sheet ``中心领导``) are the 科室 of those leaders; a school's
  处, a hospital's and a 卫生院's 科, 室, 房 and 办, a 疾控中心's 科 and 室, a 馆's 部, 科 and 办公室 are
  科室; a group row ``二、教务处`` gives the 科室 ``教务处`` (its number left off);
- every school, 卫生院, 中心, 馆 and hospital here is a unit of its own: 校长, 副校长, 院长, 副院长, a
  中心's 主任 and 副主任, 馆长 and 副馆长 are leaders; 教务主任, 政教主任, 总务主任, 德育主任, 科主任,
  科长, 护士长, 部长, the 主任 of an 办公室 or 医保办 middle; the rest (教务干事, 图书室管理员, 校园超市
  管理员, 营养餐专管员, 家庭医生团队长 — a doctor leading a team, no 中层 post —, 会计, 中药调剂员, 医保
  审核员, 疫苗管理员, 检验员, 采编员, 借阅管理员, 档案整理员, 数字化管理员) general;
- the 中心小学's cards write no 处室 or 科室 (only 姓名, 职务 and 分管工作): their forms have no 科室;
- ``风险点 | 主要表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``工作事项``, ``分管工作``
  and ``自查情况`` are no points and name no holder; the 图书馆's ``责任领导`` column names the leader
  who supervises, not the holder (the ``责任人`` column does); the 茶坝中学's list names no person:
  its forms are posts (对岗不对人);
- ``高/中/低``, ``★★★/★★/★``, ``一级/二级/三级``, ``Ⅰ/Ⅱ/Ⅲ``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

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

PREFIX = "b295_"
PLACE = "恩阳区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

SECTION_HEAD = ("序号", "岗位", "姓名", "廉洁风险点", "风险类别", "风险等级", "防控措施")

# (科室 label, [(岗位, 姓名, tier, [(风险点, 类别, 等级, 防控措施)])]) — one section a 科室
SECTIONS = [
    ("院领导", [
        ("院长", "阚澍岚", "leader", [
            ("中药饮片、中成药遴选进院不经药事委员会集体研究", "制度机制", "高",
             "新药、新饮片进院由药事管理与药物治疗学委员会集体评审，会议纪要存档。"),
            ("院区改造工程插手干预，指定施工单位", "外部环境", "高", "工程项目进入公共资源交易平台，院长不参与评标。"),
        ]),
        ("副院长", "晁琬澄", "leader", [
            ("分管的医保结算中默许串换诊疗项目", "岗位职责", "高", "医保结算每月抽查病历，违规项目全院通报。"),
            ("职称推荐、评优中优亲厚友", "思想道德", "中", "推荐条件和结果院内公示五个工作日。"),
        ]),
    ]),
    ("药剂科", [
        ("科主任", "钮沅蘅", "middle", [
            ("中药饮片验收不严，以次充好、以硫熏饮片充合格品", "业务流程", "高", "饮片每批抽样送检，验收与采购分离。"),
            ("向医药代表提供中成药处方用量", "岗位职责", "高", "处方数据查询权限分级，查询全程留痕。"),
        ]),
        ("中药调剂员", "逄芷湄", "general", [
            ("调剂时少称缺味，克扣贵细药材", "思想道德", "中", "贵细药材双人复核称量，定期盘点。"),
        ]),
    ]),
    ("针灸推拿科", [
        ("科主任", "夔峣翀", "middle", [
            ("针灸、推拿治疗次数虚记多收费", "业务流程", "高", "治疗单患者签字，收费清单每日核对。"),
            ("艾灸、拔罐耗材采购指定供应商", "外部环境", "中", "耗材由设备科统一采购，科室不得自行购买。"),
        ]),
        ("护士长", "沃黛筠", "middle", [
            ("治未病体检套餐推销中收取提成", "岗位职责", "低", "套餐价格公示，严禁任何形式的推销提成。"),
        ]),
    ]),
    ("医保办", [
        ("主任", "暨岫昀", "middle", [
            ("对住院病历中的挂床住院、分解住院不核查", "岗位职责", "高", "在院病人每周床头核查，异常病历暂停结算。"),
        ]),
        ("医保审核员", "郦漪澂", "general", [
            ("审核中串换中医诊疗项目编码上传", "业务流程", "中", "上传数据系统比对，审核与上传分岗。"),
            ("接受患者或科室请托放宽审核", "思想道德", "低", "审核意见两人复核，请托事项登记报告。"),
        ]),
    ]),
    ("设备科", [
        ("科长", "缪瀛翰", "middle", [
            ("中医诊疗设备论证设置倾向性参数", "制度机制", "中", "论证专家随机抽取，参数经院务会审定。"),
            ("设备维修外包不比价，虚报维修费用", "业务流程", "低", "维修外包三家比价，更换部件旧件回收登记。"),
        ]),
    ]),
]  # fmt: skip


def enyang_tcm_hospital_section_labels() -> dict:
    unit = f"{PLACE}中医医院"
    ncols = 1 + len(SECTION_HEAD)
    sh = _Sheet("登记表", [8, 6, 10, 9, 36, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}科室廉洁风险防控登记表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 12}填报时间：2025年6月", ncols)
    for dept, people in SECTIONS:
        top = sh.add(dept, *SECTION_HEAD)
        first = len(sh.rows)
        n = 0
        for post, who, tier, points in people:
            for point, typ, lv, measures in points:
                n += 1
                sh.add(None, n, post, who, point, typ, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        last = len(sh.rows) - 1
        # the label: one cell down column A from the section's heading to its last row
        sh.merge(top, 0, last, 0)
        _merge_down(sh, first, [(c, lambda row: (row[2], row[3])) for c in (2, 3)], last)
    sh.add("填表人：", None, None, "审核人：", None, "院长（签字）：", None, None)
    return _layout(
        "enyang_tcm_hospital_section_labels", "http://www.ccszyy.com.cn/cczyy/285/20909.html",
        "(harder) 区中医医院 科室廉洁风险防控登记表, after the source's 市中医院 廉洁文化墙 (望闻问切, 一针一灸一剂, 针灸 and 药材, "
        "治未病): a title and a merged ``填报单位（盖章）：…　填报时间：2025年6月`` line, then ONE table of SECTIONS, one a 科室 "
        "(院领导, 药剂科, 针灸推拿科, 医保办, 设备科), with NO heading over column A: each section's 科室 is a LABEL merged down "
        "column A from the section's OWN heading row ``序号 | 岗位 | 姓名 | 廉洁风险点 | 风险类别 | 风险等级 | 防控措施`` (B–H) "
        "to its last row; 序号 from 1 in every section, 岗位 and 姓名 merged per person, short types, 高/中/低; no blank row or "
        "caption between sections; a 填表人/审核人/院长（签字） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def enyang_liulin_middle_groups() -> dict:
    unit = f"{PLACE}柳林中学"
    sh = _Sheet("一览表", [6, 10, 9, 38, 11, 11, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年5月", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、校级领导", "校级领导", [
            ("校长", "蔺崧霈", "leader", [
                ("班子会研究在目录外另行组织征订教辅资料", "制度机制", "一级风险",
                 "教辅资料严格按上级评议公告目录、学生自愿征订，学校不经手。"),
                ("校园书店经营收入按比例返利给学校", "外部环境", "一级风险", "校园书店一律不得向学校返利，收支纳入审计。"),
            ]),
            ("副校长", "糜筠溪", "leader", [
                ("对校外书商进校售书制止不力", "岗位职责", "二级风险", "门卫登记外来人员，书商一律不得进校园。"),
                ("分管的学生资助评审把关不严", "业务流程", "二级风险", "资助对象班级评议、学校审核、公示五天。"),
            ]),
        ]),
        ("二、教务处", "教务处", [
            ("教务主任", "郗沐岑", "middle", [
                ("向学生宣传推销教辅资料，收取书商回扣", "思想道德", "一级风险", "签订拒绝教辅回扣承诺书，设举报箱。"),
                ("考试成绩、评优推荐数据不实", "岗位职责", "三级风险", "成绩录入双人核对，评优结果公示。"),
            ]),
            ("教务干事", "扶砚澂", "general", [
                ("征订教辅资料的费用代收不开票据", "业务流程", "二级风险", "一律不得代收教辅费用，发现即退还学生。"),
            ]),
        ]),
        ("三、政教处", "政教处", [
            ("政教主任", "堵沁岚", "middle", [
                ("班主任推销教辅监管缺位", "制度机制", "二级风险", "每学期开展教辅征订专项检查，结果通报。"),
                ("学生违纪处理不公，接受家长请托", "思想道德", "三级风险", "违纪处理集体研究并告知家长。"),
            ]),
        ]),
        ("四、总务处", "总务处", [
            ("总务主任", "蓬湛鸢", "middle", [
                ("校园书店、超市场地出租不公开", "制度机制", "一级风险", "场地出租公开招租，合同报教育局备案。"),
                ("维修物资采购不比价", "业务流程", "二级风险", "采购三家比价，验收双人签字。"),
            ]),
            ("校园超市管理员", "宓翾湉", "general", [
                ("超市收入不入账，私设“小金库”", "岗位职责", "一级风险", "超市收入每日缴入学校账户，按月对账。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("填表人：", None, "审核人：", None, "校长（签字）：", None, None)
    return _layout(
        "enyang_liulin_middle_groups", "https://xiaoxue.eol.cn/zx/hunan/xiaoxue/201708/t20170809_1546398.shtml",
        "区中学 岗位廉政风险防控一览表, after the source's three 中小学 教辅 cases (目录外另行征订, 校园书店 40% 返利, 书商进校售书, "
        "班主任 回扣, 校长 监管不力): ``附件1``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年5月`` line, then 序号/岗位/"
        "姓名/廉政风险点/风险类型 (short names)/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、校级领导``, "
        "``二、教务处``, ``三、政教处``, ``四、总务处`` merged across (no 处室 column); 岗位 and 姓名 merged per person; a 填表人/"
        "审核人/校长（签字） line",
        [sh], t,
    )  # fmt: skip


def enyang_chaba_middle_posts() -> dict:
    unit = f"{PLACE}茶坝中学"
    sh = _Sheet("排查表", [6, 10, 11, 18, 38, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 7)
    sh.add("序号", "处室", "岗位", "风险点", "主要表现", "风险等级", "防控措施")
    lead = "校级领导"
    rows = [
        (lead, "校长", "leader", "教辅资料选用", "利用教辅选用权与书商约定按码洋返点", "高",
         "教辅选用由学校教辅委员会集体评议，结果公示。"),
        (lead, "副校长", "leader", "招生录取", "违规招收择校生，收取择校费", "高", "招生计划和录取名单公开，接受家长监督。"),
        ("教务处", "教务主任", "middle", "教辅征订", "在目录外向学生推荐教辅，收取业务员好处", "高",
         "征订清单由家长自愿勾选，学校不收费。"),
        ("教务处", "教务主任", "middle", "考试组织", "考试题目泄露，成绩统计弄虚作假", "中", "试卷保密室保管，成绩双人复核。"),
        ("教务处", "图书室管理员", "general", "图书采购", "图书采购中接受书商赠书、购物卡", "中", "图书采购比价，赠书登记入账。"),
        ("总务处", "总务主任", "middle", "食堂物资采购", "食材采购与供应商串通抬高价格", "高", "食材公开比选，价格每周公示。"),
        ("总务处", "总务主任", "middle", "资产处置", "废旧资产处置不评估、不公开", "低", "资产处置报教育局审批，公开处置。"),
        ("德育处", "德育主任", "middle", "评优评先", "三好学生、优秀干部评选暗箱操作", "低", "评选条件和结果全校公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("制表：学校办公室", None, None, "审核：", None, "2025年6月", None)
    return _layout(
        "enyang_chaba_middle_posts", "https://gongkaike.21cnjy.com/article-47562.html",
        "区中学 廉政风险点排查表 对岗不对人, after the source's 高中 校长 who took 回扣 from 书商 for 教辅资料 (四折, 返点, 业务员, "
        "检察院): a title, then 序号/处室 merged (校级领导, 教务处, 总务处, 德育处)/岗位 on every row/a short 风险点/a long 主要表现/"
        "风险等级 高/中/低/防控措施; no names, no type column; a ``制表：学校办公室 | 审核： | 2025年6月`` line",
        [sh], t,
    )  # fmt: skip


def enyang_xiabamiao_primary_cards() -> dict:
    unit = f"{PLACE}下八庙镇中心小学"
    t = _Truth(unit)
    cards = [
        ("校长", "眭霁渊", "校长", "leader", "主持学校全面工作，负责财务审批和辖区校点管理",
         [("营养改善计划资金挪作校点办公经费", "制度机制风险", "★★★", "营养餐资金专账核算，每学期接受审计。"),
          ("营养餐对账走过场，虚报就餐人数", "岗位职责风险", "★★★", "就餐人数按日统计，与学籍系统每月比对。"),
          ("校点维修项目指定施工队", "外部环境风险", "★★", "维修项目三家比价，结果公示。")]),
        ("副校长", "阙桉妤", "副校长", "leader", "分管后勤、食品安全和营养餐",
         [("营养餐带量菜谱不公示，降低供餐标准", "业务流程风险", "★★", "带量菜谱每周在公示牌公示，膳食委员会监督。"),
          ("食材供应商遴选中收受好处", "思想道德风险", "★★★", "供应商公开遴选，签订廉洁承诺书。")]),
        ("营养餐专管员", "巩岫菱", "营养餐专管员", "general", "负责食材验收、出入库和营养餐对账",
         [("食材验收缺斤少两照单签收", "岗位职责风险", "★★", "验收称重拍照，双人签字。"),
          ("营养餐台账与实际就餐不符", "业务流程风险", "★", "台账日清，每月与财务对账。")]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 36, 14, 9, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        r = sh.add("分管工作", duty, None, None, None)
        sh.merge(r, 1, r, 4)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高，★★为中，★为低。", 5)
        sh.add("持卡人签字：", None, "监督电话：0827-3312388", None, None)
        sheets.append(sh)
    return _layout(
        "enyang_xiabamiao_primary_cards", "http://jicengwang.cn/jy/2025-06-03/273620.html",
        "镇中心小学 岗位廉政风险防控卡, one sheet a holder (tabs 校长, 副校长, 营养餐专管员), after the source's 镇中心小学 check of "
        "its 校点 (营养餐公示牌, 带量菜谱, 膳食监督家长委员会, 营养餐对账): a title, ``姓　名 | … | 职　务 | …``, a merged ``分管工作`` "
        "line, then 序号/风险点/风险类别 ``…风险``/风险等级 ``★★★/★★/★``/防控措施; a merged ``注：`` line on the stars and "
        "``持卡人签字： | 监督电话：…``; no 科室",
        sheets, t,
    )  # fmt: skip


def enyang_yuxi_health_selfchecks() -> dict:
    unit = f"{PLACE}渔溪镇卫生院"
    t = _Truth(unit)
    people = [
        ("邰翊箴", "院领导", "院长", "leader", [
            ("让家庭医生团队上交签约服务费统一使用", "制度机制", "高风险", "签约服务费按考核结果直接发放到人，不得集中提留。", "已整改"),
            ("大额支出不经班子集体研究", "岗位职责", "中风险", "大额支出院务会集体研究，会议纪要存档。", "已落实"),
        ]),
        ("麴菀澜", "公共卫生科", "家庭医生团队长", "general", [
            ("签约服务虚报签约人数和随访次数", "业务流程", "高风险", "签约居民电话回访，随访记录抽查。", "未发现问题"),
            ("服务费分配不按团队考核结果", "思想道德", "中风险", "分配方案团队内公示，签字确认。", "已落实"),
        ]),
        ("劳泓霏", "财务室", "会计", "general", [
            ("代管团队上交的经费不入账，购买充值卡", "岗位职责", "高风险", "一切经费收支入账核算，严禁账外代管。", "已整改"),
            ("报销凭证不全照常报销", "业务流程", "低风险", "报销实行经办、审核、审批三签。", "已落实"),
            ("加油卡、充值卡领用不登记", "制度机制", "中风险", "卡类物品专人管理，领用逐笔登记。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        sh.add(f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "自查时间", None, None)
        sh.add(who, dept, post, "2025年6月", None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "自查情况")
        for i, (point, typ, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "院长意见：", None, None, None)
        sheets.append(sh)
    return _layout(
        "enyang_yuxi_health_selfchecks", "http://tiantiankuaibao.830036.com/dzxf/2023/0704/52254.html",
        "镇卫生院 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇卫生院 whose 院长 had the "
        "家庭医生 团队长 hand back part of their 签约服务费 to the 会计 (加油充值卡, 集体讨论, 专项监督检查): a title, a label row "
        "``姓　名 | 科　室 | 岗　位 | 自查时间`` over a row of values, then 序号/风险点/风险类型 (short names)/风险等级 "
        "``高风险/中风险/低风险``/防控措施/``自查情况``; a blank row and ``本人签名： | 院长意见：``",
        sheets, t,
    )  # fmt: skip


def enyang_cdc_two_sheets() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 8, 18, 36, 13, 8, 32])
    _line(lead, f"{unit}中心领导廉政风险防控表", 8)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类别", "风险等级", "防控措施")
    leaders = [
        ("满珩澈", "主任", "主持全面工作，分管财务、人事", [
            ("非免疫规划疫苗品种和供应商遴选中打招呼", "外部环境风险", "一级", "遴选由接种单位代表投票，纪检全程监督。"),
            ("大额资金使用不经集体决策", "制度机制风险", "二级", "落实“三重一大”集体决策，会议纪要存档。"),
        ]),
        ("桑翎淇", "副主任", "分管免疫规划、检验检测", [
            ("疫苗配送中默许供应商给予好处", "思想道德风险", "一级", "疫苗配送全程冷链追溯，供应商签订廉洁协议。"),
            ("检验检测设备采购参数倾向特定品牌", "业务流程风险", "二级", "参数论证专家随机抽取，论证意见存档。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, typ, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, typ, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, types_in(typ), GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年6月", None, None)
    dept = _Sheet("科室", [6, 14, 10, 9, 36, 13, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 8)
    dept.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("免疫规划科", "科长", "匡琮霖", "middle", [
            ("疫苗分配向关系接种单位倾斜", "岗位职责风险", "一级", "疫苗分配按接种计划，分配结果公示。"),
            ("接种单位考核打分不公", "思想道德风险", "三级", "考核两人以上，结果通报。"),
        ]),
        ("免疫规划科", "疫苗管理员", "羿沣瑶", "general", [
            ("疫苗出入库账实不符，私自调拨", "业务流程风险", "一级", "出入库扫码追溯，每月盘点。"),
        ]),
        ("检验科", "科长", "闾丘涓翮", "middle", [
            ("试剂耗材验收不严，接受供应商宴请", "外部环境风险", "二级", "验收双人签字，拒收登记。"),
        ]),
        ("检验科", "检验员", "汲楠岫", "general", [
            ("检测数据随意修改，出具不实报告", "岗位职责风险", "二级", "原始记录不得涂改，报告双人审核。"),
            ("收费检测项目收现金不入账", "制度机制风险", "一级", "检测收费统一开票，日清日结。"),
        ]),
        ("财务室", "会计", "姬沅芷", "general", [
            ("疫苗款支付不按合同和验收单", "业务流程风险", "二级", "付款凭合同、验收单和审批单办理。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, typ, lv, measures)
            t.point(dept.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "enyang_cdc_two_sheets", "http://qm120.com/news/fgdt/2006072646639.htm",
        "区疾病预防控制中心 廉政风险防控表 in two sheets, after the source's 省疾控中心 窝案 (免疫规划所 所长, 疫苗组 组长, 疫苗 "
        "suppliers, 疫苗配送): ``中心领导`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险类别 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施; a 填表人/审核人/date line) and ``科室`` (a title, 序号/科室 merged (免疫规划科, 检验科, 财务室)/"
        "岗位 and 姓名 merged per person/…; a 填表人/审核人/主任（签字） line)",
        [lead, dept], t,
    )  # fmt: skip


def enyang_library_duties() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("责任清单", [6, 10, 10, 9, 16, 36, 8, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "部室",
        "岗位",
        "责任人",
        "工作事项",
        "廉政风险点",
        "风险等级",
        "防控措施",
        "责任领导",
    )
    chief, deputy = "竺澧芸", "濮昶翊"
    rows = [
        ("馆领导", "馆长", chief, "leader", "采购决策", "图书、设备采购计划不经馆务会研究", "Ⅰ",
         "采购计划依据预算编制，馆务会集体研究。", "区文广旅局"),
        ("馆领导", "副馆长", deputy, "leader", "招标组织", "采购不按规定询价、招标", "Ⅰ",
         "严格执行政府采购规定，询价记录存档。", chief),
        ("采编部", "部长", "单于湄翎", "middle", "图书验收", "图书和专用品到馆后不按招标文件验收", "Ⅱ",
         "验收对照招标文件逐项核对，双人签字。", deputy),
        ("采编部", "部长", "单于湄翎", "middle", "书目选定", "书目选定向特定书商倾斜", "Ⅱ",
         "书目由读者荐购和专家评审共同确定。", deputy),
        ("采编部", "采编员", "禚翀瑜", "general", "图书编目", "接受书商赠送的编目加工费", "Ⅲ",
         "编目加工费纳入合同，赠送一律登记上交。", deputy),
        ("流通部", "部长", "郜湘澍", "middle", "丢失赔偿", "读者图书丢失不按规定办理赔偿手续", "Ⅱ",
         "赔偿按《书刊借阅规定》执行，收费登记。", chief),
        ("流通部", "借阅管理员", "巫马沄淇", "general", "赔款收取", "不刷卡而收取现金，赔款不上交", "Ⅰ",
         "赔款一律刷卡，收费登记表定期核对后上缴。", chief),
        ("办公室", "主任", "鄂琳岱", "middle", "公务接待", "接待超标准、无公函接待", "Ⅲ",
         "接待事前审批，清单按月公示。", chief),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, duty, point, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, duty, point, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, "馆长：", None, None, None)
    return _layout(
        "enyang_library_duties", "http://lib.gdcp.cn/DocHtml/916/2013/5/29/4133268027174.html",
        "区图书馆 廉政风险防控责任清单, after the source's 图书馆部门职权运行流程图 (采编部 图书、信息资源、家具、设备采购: 采购计划, "
        "询价、招标, 验收; 流通部 图书丢失赔偿: 不刷卡而收取现金, 上交, 收费登记表核对): a title, 序号/部室 merged (馆领导, 采编部, "
        "流通部, 办公室)/岗位 and 责任人 merged per person/``工作事项``/廉政风险点/风险等级 ``Ⅰ/Ⅱ/Ⅲ``/防控措施/a last ``责任领导`` "
        "column (a leader's name or 区文广旅局); no type column; a blank row and a 填报人/审核人/馆长 line",
        [sh], t,
    )  # fmt: skip


def enyang_archives_list() -> dict:
    unit = f"{PLACE}档案馆"
    sh = _Sheet("一览表", [6, 14, 10, 9, 18, 36, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "戚澹琰", "leader", "外包项目决策", "档案数字化外包项目不经集体研究，指定中介机构",
         "制度机制风险", "高", "外包项目馆务会研究，公开采购。"),
        ("馆领导", "副馆长", "濮阳岚翙", "leader", "外包项目验收", "数字化加工成果验收走过场，照付服务费",
         "岗位职责风险", "高", "验收按著录、扫描质量标准抽检，验收报告存档。"),
        ("接收征集科", "科长", "晏翯澜", "middle", "档案接收", "接收进馆档案不清点，遗漏、丢失不追究",
         "业务流程风险", "中", "进馆档案逐卷清点，交接双方签字。"),
        ("接收征集科", "档案整理员", "綦沨菁", "general", "整理上架", "委托中介整理上架的工作量虚报",
         "业务流程风险", "低", "工作量按卷抽查核实，按实结算。"),
        ("保管利用科", "科长", "庾昉瑶", "middle", "档案查阅", "违规为无权限人员提供涉密、个人隐私档案",
         "思想道德风险", "高", "查阅凭证件登记，涉密档案经馆长审批。"),
        ("保管利用科", "科长", "庾昉瑶", "middle", "档案证明出具", "出具档案证明收取好处，证明内容不实",
         "外部环境风险", "中", "证明出具两人核对，存根留档。"),
        ("信息技术科", "数字化管理员", "隆湉翃", "general", "数据安全", "外包人员拷贝档案数据，泄露档案信息",
         "岗位职责风险", "中", "外包人员签订保密协议，数据终端禁用移动存储。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("填表人：", None, None, "审核人：", None, "馆长（签字）：", None, "2025年6月", None)
    return _layout(
        "enyang_archives_list", "https://m.fx361.cc/news/2021/0923/8875455.html",
        "区档案馆 岗位廉政风险防控一览表, after the source's study of 档案馆 业务外包 (档案整理, 上架, 保管, 扫描, 著录, 档案中介服务机构, "
        "数字化加工): a title, 序号/科室 merged (馆领导, 接收征集科, 保管利用科, 信息技术科)/岗位 and 姓名 on every row/a short 风险点/"
        "a long 风险描述/风险类型 ``…风险``/风险等级 高/中/低/防控措施; a 填表人/审核人/馆长（签字）/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    enyang_tcm_hospital_section_labels(),
    enyang_liulin_middle_groups(),
    enyang_chaba_middle_posts(),
    enyang_xiabamiao_primary_cards(),
    enyang_yuxi_health_selfchecks(),
    enyang_cdc_two_sheets(),
    enyang_library_duties(),
    enyang_archives_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch295-inbox"))
