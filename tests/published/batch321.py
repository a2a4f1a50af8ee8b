"""The three-hundred-and-twenty-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's 乡镇,
沙湾区 (a district of 乐山, its staff Han) — its 镇人民政府 (嘉农镇, 铜茨镇, 葫芦镇), a 镇's
便民服务中心 (太平镇), a 镇's 财政所 (福禄镇), the 农业服务中心 of two 镇 (踏水镇, 谭坝镇) and a 村
(牛石镇 the 金鹰村) — each handing back the 一览表, 防控卡, 排查表, 责任清单 or 自查表 its staff typed
in WPS or Excel:

- the 嘉农镇人民政府's 一览表 under GROUP ROWS ``一、镇领导`` … ``三、社会事务办公室`` merged across (no
  科室 column): ``岗位 | 姓名`` merged per person, ``…风险`` types, ``一级/二级/三级``, a
  ``制表人： | 审核人： | 2025年9月`` line;
- the 太平镇便民服务中心's 责任清单 under ``附件1``: ``窗口`` merged, ``岗位`` and ``责任人`` merged per
  person, ``职责事项`` before the ``廉政风险点``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``, an ``编制： | 审核： |
  2025年9月`` line;
- the 福禄镇财政所's 排查表 对岗不对人: ``岗位`` merged per post, a short ``风险点`` beside a long
  ``风险表现``, short types, 高/中/低; no names and no 科室 (the 所 is the unit); a 制表/审核/date line;
- the 踏水镇农业服务中心's 廉政风险防控卡, one sheet a holder (tabs 主任, 农机管理员, 农经员):
  ``姓　名 | … | 职　务 | …`` and ``所在股室 | …`` above ``序号 | 风险点 | 风险类型 | 风险等级 |
  防控措施``, short types, ``★★★/★★/★`` read by a ``注：`` line, ``持卡人签字： | … | 监督电话：…``;
- the 金鹰村's 自查表, one sheet a person (tabs named by the person): a LABEL ROW ``姓　名 | 职　务 |
  填表时间`` over a row of values, then ``序号 | 风险点 | 风险等级 | 防控措施 | 自查情况``,
  ``高风险/中风险/低风险``, no type column, ``本人签名： | … | 村务监督委员会意见：``;
- the 铜茨镇人民政府's file in two sheets: ``领导班子`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``站所办`` (``科室`` merged, ``岗位`` and ``姓名`` merged per person), ``一级风险/二级风险/
  三级风险``, no type column;
- the 谭坝镇农业服务中心's 一览表 under ``附件2`` and a ``填报单位（盖章）：…　填报时间：…`` line:
  ``股室`` merged, ``岗位`` and ``姓名`` merged per person, a short ``风险点`` beside a long
  ``风险描述``, short types, bare ``Ⅰ/Ⅱ/Ⅲ`` read by a ``注：`` line.

One is harder:

- ``shawan_hulu_town_cases_in_point``: the 葫芦镇人民政府's 岗位廉政风险点及以案说险对照表, an
  ordinary 一览表 to look at (a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line,
  ``序号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, ``科室`` merged,
  ``岗位`` and ``姓名`` merged per person, short types, 高/中/低) whose POINT CELLS CARRY A WARNING
  CASE: most ``廉政风险点`` cells are the point on the first line and, after a line break, a
  paragraph labelled ``【以案说险】`` telling a case of that very risk that was dealt with
  (``【以案说险】2023年，某镇社会事务办工作人员将不符合条件的亲属纳入低保，违规领取低保金1.6万元，
  受到政务记过处分。``), written like a risk itself (a subject, a wrong done, money, a punishment);
  a few cells have the point alone. A merged ``注：`` line under the table says the cases are
  taken from cases dealt with in and outside the district, names left out, for warning only, and
  are no risk points. So the point is the text BEFORE the label; the case after it is no part of
  the point, and no point of its own. The README's 读得懂的表 knows a point cell carrying its
  measures (``风险点：…⏎防控措施：…``, ``风险点。对策：…``), its description (``风险点——表现形式``),
  its level or type in brackets, its holders in brackets at its end, a status (``（新增）``), a mark
  a note defines, its post (``保管员：…``) or its area of work (``…方面：``) before it, a former
  wording (``原：…⏎现：…``), several numbered points, a sentence continued on the next row; it does
  not describe a point cell that goes on with a LABELLED WARNING CASE (``【以案说险】…``) which is
  neither measures nor a description nor a second point, nor the heading and note that go with it.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a county's 公务用车 and 公务接待
大整治 — 公车 sealed off-duty, 公车私用 forbidden, 接待 by the rules; a county's 代办窗口 at 县乡
服务中心 and 村 便民服务室 — 代办员, 代办事项 in 15 大类, 办件流程, 收费标准, 办结时限; a 财政所's
internal rules — 现金管理 with a 专职出纳, 库存现金限额, no 白条抵库, 非税收入 票款分离, 财政票据
限量领购、缴旧领新; a 农机安全监理站 checking 农机购置补贴 machine by machine — 机具编号, 发动机号,
签字确认, no resale within two years; a 镇综合服务中心 on 村级财务 — 村级报账员 old and short of skill,
“一言堂”, 手工记账, 财务公开 unclear; a 镇's 村级集体经济组织 财务管理 — 资金管理, 收支管理, 农村财务
管理制度和工作流程; 村级会计委托代理 — 代理记账机构, 村委会 still answering for its 财务, 原始票据;
the 惠民惠农补贴 ``一卡通`` 专项治理 — 补贴项目零碎交叉, 发放不及时不精准, 骗取套取) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows and the cases are
worded by us (every case an invented 某镇/某村 case, no names), the names invented (rare Han
surnames with rare given names, three characters each); every unit is a body of 沙湾区.

Run ``python tests/published/score.py --set batch321`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a ``廉政风险点`` cell's point is its text before the line ``【以案说险】…``; the
  case (the label and what follows it, to the end of the cell) is no part of the point and no
  point of its own; a cell without the label is its point whole; the ``注：`` line is no point;
  the heading ``廉政风险点`` and the title ``…及以案说险对照表`` name the point column;
- ``镇领导`` (a group row) and ``领导班子`` (the 铜茨镇's sheet) are the 科室 of those leaders, as a
  ``公司领导`` was in batch 320; a 镇's 办, 所, 站 and 中心 are 科室; a 便民服务中心's ``窗口``, a
  农业服务中心's ``股室`` and the card's ``所在股室`` are 科室; the 村's self-checks name no 科室 (the
  村 is the unit, its posts written whole); a group row ``二、党政办公室`` gives the 科室 ``党政办公室`` (its number
  left off);
- every 镇人民政府, 中心, 所 and 村 here is a unit of its own: 党委书记, 镇长, 副镇长, 党委委员
  (a 镇's), a 中心's 主任 and 副主任, the 所's 所长, 村党支部书记、村委会主任 (the 一肩挑 post kept as
  written) are leaders; a 镇's 办公室主任 and 所长, a 中心's 股长 and 窗口负责人 middle; the rest
  (会计, 出纳, 总预算会计, 惠农资金管理员, 国有资产管理员, 民政专干, 综合窗口受理员, 代办员, 农机
  管理员, 农经员, 农技员, 村文书, 村报账员, 统计员, 动物防疫员) general;
- ``风险点 | 风险表现`` and ``风险点 | 风险描述``: the point is the short 风险点; ``职责事项``,
  ``分管工作`` and ``自查情况`` are no points and name no holder; the 财政所's list names no person:
  its forms are posts (对岗不对人) with no 科室;
- ``一级/二级/三级``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``高/中/低``, ``★★★/★★/★`` (read by the card's note),
  ``高风险/中风险/低风险``, ``一级风险/二级风险/三级风险`` and bare ``Ⅰ/Ⅱ/Ⅲ`` (read by the 谭坝镇's
  note) are 1/2/3.

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

PREFIX = "b321_"
PLACE = "沙湾区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
BANDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout

CASE_LABEL = "【以案说险】"
CASES_HEAD = ("序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
CASES_NOTE = (
    "注：“以案说险”摘自近年来区内外查处的基层典型案例（已隐去姓名），供对照警示，不列入风险点；"
    "风险等级分高、中、低三级。"
)

# (科室, 岗位, 姓名, tier, [(廉政风险点, 以案说险 or None, 类型, 等级, 防控措施)])
CASES = [
    ("镇领导", "镇长", "靳澍棠", "leader", [
        ("村级项目资金安排不经党政联席会议研究，个人决定",
         "2022年，某镇镇长未经集体研究，将60万元村级公益事业资金安排给其亲属所在村，受到党内严重警告处分。",
         "制度机制", "高", "项目资金安排经党政联席会议研究，安排结果在镇村公示。"),
        ("插手村级工程发包，为特定关系人承揽工程打招呼",
         "2023年，某镇副镇长多次为其同学承揽村道硬化工程打招呼，收受好处费3万元，被开除党籍、开除公职。",
         "思想道德", "高", "插手干预工程项目事项如实登记，村级工程进入镇公共资源交易平台。"),
    ]),
    ("社会事务办公室", "民政专干", "睢沨岫", "general", [
        ("低保审核把关不严，优亲厚友、人情保",
         "2023年，某镇社会事务办工作人员将不符合条件的亲属纳入低保，违规领取低保金1.6万元，受到政务记过处分。",
         "岗位职责", "高", "低保对象入户核查、村级评议、镇级审核三级把关，结果张榜公示。"),
        ("临时救助资金发放不公示，截留挪用",
         "2021年，某镇民政工作人员虚报临时救助对象，套取救助资金0.8万元，被移送司法机关。",
         "业务流程", "中", "临时救助资金打卡发放，发放名单每季度公示。"),
        ("残疾人补贴对象死亡后不及时停发", None,
         "岗位职责", "低", "每月与殡葬、公安数据比对，及时停发。"),
    ]),
    ("财政所", "所长", "荀泱翊", "middle", [
        ("惠民惠农补贴“一卡通”发放审核不严，虚报冒领",
         "2022年，某镇财政所工作人员利用审核补贴的便利，虚增种粮面积套取耕地地力保护补贴4.2万元，受到开除处分。",
         "业务流程", "高", "补贴名册经村公示、镇审核、所复核，资金直达农户“一卡通”账户。"),
        ("镇村工程结算不经审计即拨付", None,
         "制度机制", "中", "工程结算未经审计不得拨付尾款。"),
    ]),
    ("财政所", "出纳", "禤湄芸", "general", [
        ("坐支现金，白条抵库",
         "2021年，某镇财政所出纳以白条抵库挪用公款2.5万元用于个人消费，被开除并移送司法机关。",
         "思想道德", "中", "库存现金日清月结，所长每月突击盘点。"),
    ]),
    ("党政办公室", "主任", "訾芷渟", "middle", [
        ("公务接待超标准、无公函接待",
         "2023年，某镇党政办以会议名义虚报接待费用1.1万元用于宴请，党政办主任受到党内警告处分。",
         "制度机制", "中", "接待凭公函、清单、发票三单报销，接待费用每季度公示。"),
        ("公务用车节假日私用", None,
         "岗位职责", "低", "公车节假日封存，行车记录逐月核对。"),
    ]),
]  # fmt: skip


def shawan_hulu_town_cases_in_point() -> dict:
    unit = f"{PLACE}葫芦镇人民政府"
    t = _Truth(unit)
    ncols = len(CASES_HEAD)
    sh = _Sheet("一览表", [6, 14, 10, 9, 52, 10, 8, 34])
    _line(sh, f"{unit}岗位廉政风险点及以案说险对照表", ncols)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", ncols)
    sh.add(*CASES_HEAD)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in CASES:
        for point, case, typ, lv, measures in points:
            n += 1
            cell = point if case is None else f"{point}\n{CASE_LABEL}{case}"
            sh.add(n, dept, post, who, cell, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, CASES_NOTE, ncols)
    sh.add("制表人：", None, None, "审核人：", None, "镇纪委（签章）：", None, None)
    return _layout(
        "shawan_hulu_town_cases_in_point", "https://scholarmate.com/S/9bfKeN",
        "(harder) 区葫芦镇人民政府 岗位廉政风险点及以案说险对照表, after the source's 惠民惠农补贴 ``一卡通`` 专项治理 (补贴项目"
        "零碎交叉, 发放不及时不精准, 骗取套取): a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, 序号/科室 merged "
        "(镇领导, 社会事务办公室, 财政所, 党政办公室)/岗位 and 姓名 merged per person/廉政风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施, where most 廉政风险点 cells go on after a line break with a labelled WARNING CASE ``【以案说险】2023年，"
        "某镇…受到…处分。`` (no part of the point), a few the point alone; a merged ``注：`` line saying the cases are for warning "
        "and no points, and a 制表人/审核人/镇纪委（签章） line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def shawan_jianong_town_groups() -> dict:
    unit = f"{PLACE}嘉农镇人民政府"
    sh = _Sheet("一览表", [6, 12, 9, 40, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、镇领导", "镇领导", [
            ("党委书记", "仉澈岚", "leader", [
                ("“三重一大”事项会前定调，以碰头会代替党委会", "制度机制风险", "一级",
                 "“三重一大”事项全部上党委会研究，会议纪要存档备查。"),
                ("干部调整、评先评优搞个人说了算", "思想道德风险", "二级", "干部调整和评优方案经党委会集体研究并公示。"),
            ]),
            ("副镇长", "巩溆翀", "leader", [
                ("分管领域项目验收走过场，默许施工方偷工减料", "岗位职责风险", "一级", "项目验收邀请村民代表参加，验收资料存档。"),
            ]),
        ]),
        ("二、党政办公室", "党政办公室", [
            ("主任", "乜漪芃", "middle", [
                ("公务用车下班和节假日不入库，公车私用", "岗位职责风险", "二级", "公车统一停放、节假日封存，行车记录每月核对。"),
                ("公务接待超标准、超范围，虚列接待费用", "制度机制风险", "二级", "接待事前审批，公函、清单、发票三单报销。"),
            ]),
            ("出纳", "阚泠琬", "general", [
                ("办公用品采购不比价，虚开发票", "业务流程风险", "三级", "办公用品定点采购，验收与采购分离。"),
            ]),
        ]),
        ("三、社会事务办公室", "社会事务办公室", [
            ("主任", "璩沅崧", "middle", [
                ("高龄补贴、残疾人补贴审核不严", "岗位职责风险", "二级", "补贴对象每季度动态核查，名单公示。"),
            ]),
            ("民政专干", "邰潇芮", "general", [
                ("低保评议不按程序，优亲厚友", "思想道德风险", "一级", "低保评议村民代表参加，审核结果公示七天。"),
                ("救灾物资登记发放不实", "业务流程风险", "三级", "物资入库出库登记，发放签字留存。"),
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
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表人：", None, "审核人：", None, "2025年9月", None, None)
    return _layout(
        "shawan_jianong_town_groups", "https://jxxfw.com/periodical/7d1bbdc1a9522040d4dc4dd9493c343d.html",
        "区嘉农镇人民政府 岗位廉政风险防控一览表, after the source's 公务用车 and 公务接待 大整治 (公车 sealed off-duty, 公车私用 "
        "forbidden, 接待 by the rules): a title, then 序号/岗位/姓名 (merged per person)/廉政风险点/风险类型 ``…风险``/风险等级 "
        "``一级/二级/三级``/防控措施 under GROUP ROWS ``一、镇领导``, ``二、党政办公室``, ``三、社会事务办公室`` merged across (no "
        "科室 column); a ``制表人： | 审核人： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def shawan_taiping_service_duties() -> dict:
    unit = f"{PLACE}太平镇便民服务中心"
    sh = _Sheet("责任清单", [6, 12, 12, 9, 16, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉政风险防控责任清单", 9)
    sh.add(
        "序号",
        "窗口",
        "岗位",
        "责任人",
        "职责事项",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("中心领导", "主任", "靳沨璎", "leader", [
            ("窗口人员管理", "对窗口人员违规收费、吃拿卡要不制止、不处理", "岗位职责", "Ⅱ级", "窗口服务评价结果每月通报。"),
        ]),
        ("综合受理窗口", "窗口负责人", "湛翊瀛", "middle", [
            ("一窗受理", "对材料不全的申请违规受理，或故意刁难、拖延", "岗位职责", "Ⅱ级", "一次性告知办理条件，办理时限上墙公示。"),
        ]),
        ("综合受理窗口", "综合窗口受理员", "覃泖萱", "general", [
            ("证明出具", "为不符合条件的申请人出具证明", "业务流程", "Ⅰ级", "证明出具登记编号，经窗口负责人审核。"),
            ("收费", "超标准、超范围收费或收费不开票", "思想道德", "Ⅰ级", "收费标准公示，收费开具统一票据。"),
        ]),
        ("代办窗口", "代办员", "漆湲峥", "general", [
            ("代办服务", "借代办之机向群众索要好处费", "思想道德", "Ⅰ级", "代办事项登记、回访，代办不收任何费用。"),
            ("代办材料", "泄露、遗失群众代办材料和个人信息", "制度机制", "Ⅲ级", "代办材料交接签字，个人信息专柜保管。"),
        ]),
        ("社保医保窗口", "代办员", "甄澂渼", "general", [
            ("参保登记", "为不符合条件人员办理参保和待遇申领", "外部环境", "Ⅱ级", "参保信息与公安、民政数据比对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for duty, point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("编制：", None, None, "审核：", None, None, "2025年9月", None, None)
    return _layout(
        "shawan_taiping_service_duties", "http://qhd.hebei.com.cn/system/2014/08/26/013867135.shtml",
        "区太平镇便民服务中心 廉政风险防控责任清单, after the source's 代办窗口 at 县乡服务中心 and 村便民服务室 (代办员, 代办事项, "
        "办件流程, 收费标准, 办结时限): ``附件1``, a title, 序号/``窗口`` merged (中心领导, 综合受理窗口, 代办窗口, 社保医保窗口)/岗位 "
        "and 责任人 merged per person (two 代办员 in two 窗口)/``职责事项``/廉政风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; an ``编制： | 审核： | 2025年9月`` line",
        [sh], t,
    )  # fmt: skip


def shawan_fulu_finance_posts() -> dict:
    unit = f"{PLACE}福禄镇财政所"
    sh = _Sheet("排查表", [6, 14, 24, 40, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "leader", "资金拨付审批", "未按预算和用款计划审批拨付资金，先拨后审",
         "制度机制", "高", "资金拨付按预算执行，大额拨付经镇党政联席会议研究。"),
        ("所长", "leader", "财政监督检查", "对村级财务检查中发现的问题不处理、不报告",
         "岗位职责", "中", "检查发现问题建立台账，整改情况报镇纪委。"),
        ("总预算会计", "general", "财政票据管理", "票据不按规定领购、核销，缴旧领新不严",
         "业务流程", "中", "票据限量领购，领用核销登记簿逐本登记。"),
        ("出纳", "general", "现金管理", "超限额保留库存现金，白条抵库",
         "思想道德", "高", "库存现金日清月结，所长不定期盘点。"),
        ("出纳", "general", "非税收入收缴", "非税收入不按票款分离收缴，截留坐支",
         "业务流程", "高", "非税收入银行代收，直接缴入财政专户。"),
        ("惠农资金管理员", "general", "补贴资金发放", "补贴对象、面积与公示不一致，虚报冒领",
         "外部环境", "高", "补贴清册村级公示，“一卡通”直达到户。"),
        ("国有资产管理员", "general", "资产处置", "资产处置不评估、不公开，低价处置",
         "岗位职责", "低", "资产处置经评估并报区财政局审批。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, desc, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add("制表：", None, "审核：", None, None, "2025年9月", None)
    return _layout(
        "shawan_fulu_finance_posts", "http://www.tmdps.cn/a1/201905121/d5c143aa3a965ce3.html",
        "区福禄镇财政所 岗位廉政风险点排查表 对岗不对人, after the source's 财政所 internal rules (现金管理 with a 专职出纳, 库存现金"
        "限额, no 白条抵库, 非税收入 票款分离, 财政票据 限量领购、缴旧领新): a title, then 序号/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 (short names)/风险等级 高/中/低/防控措施; no names, no 科室 column; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


def shawan_tashui_agri_cards() -> dict:
    unit = f"{PLACE}踏水镇农业服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "阙涴澄", "中心领导", "leader", [
            ("农业项目申报把关不严，为不符合条件的主体申报", "岗位职责", "★★★", "项目申报材料集体审核，申报名单公示。"),
            ("项目验收降低标准，默许虚报建设内容", "制度机制", "★★★", "验收邀请区农业农村局和村民代表参加。"),
            ("接受种养大户宴请、礼品", "思想道德", "★", "签订廉洁承诺书，节前廉洁提醒。"),
        ]),
        ("农机管理员", "谯濛岱", "农机股", "general", [
            ("农机购置补贴核查不到现场，机具编号、发动机号不核对", "业务流程", "★★★", "补贴机具逐台核查，购机者签字确认。"),
            ("对补贴机具两年内转卖不报告", "岗位职责", "★★", "补贴机具建档，定期回访抽查。"),
        ]),
        ("农经员", "仝澜芮", "农经股", "general", [
            ("村级财务审核中对不合规票据放行", "业务流程", "★★", "村级票据逐张审核，退回票据登记。"),
            ("土地流转合同签证收取好处", "外部环境", "★★", "合同签证免费办理，签证台账公开。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, points in cards:
        sh = _Sheet(post, [6, 38, 10, 9, 34])
        _line(sh, f"{unit}廉政风险防控卡", 5)
        sh.add(f"姓{GAP}名", who, f"职{GAP}务", post, None)
        sh.add("所在股室", dept, None, None, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(i, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 5)
        sh.add("持卡人签字：", None, None, "监督电话：0833-12388", None)
        sheets.append(sh)
    return _layout(
        "shawan_tashui_agri_cards", "http://zt.came.net.cn/contents/282/43683.html",
        "区踏水镇农业服务中心 廉政风险防控卡, one sheet a holder (tabs 主任, 农机管理员, 农经员), after the source's 农机安全监理站 "
        "checking 农机购置补贴 machine by machine (机具编号, 发动机号, 签字确认, no resale within two years): a title, ``姓　名 | … | "
        "职　务 | …`` and ``所在股室 | …`` above 序号/风险点/风险类型 (short names)/风险等级 ``★★★/★★/★``/防控措施; a merged "
        "``注：`` line on the stars and ``持卡人签字： | 监督电话：…``",
        sheets, t,
    )  # fmt: skip


def shawan_niushi_village_selfchecks() -> dict:
    unit = f"{PLACE}牛石镇金鹰村民委员会"
    t = _Truth(unit)
    people = [
        ("冼沛嵘", "", "村党支部书记、村委会主任", "leader", [
            ("村级重大事项不执行“四议两公开”，个人决定", "高风险", "重大事项严格执行“四议两公开”，会议记录存档。", "未发现问题"),
            ("集体资产资源发包不公开，优亲厚友", "高风险", "集体资产发包进入镇农村产权交易平台。", "已整改"),
            ("村级工程验收不请村务监督委员会参加", "中风险", "工程验收村务监督委员会全程参与。", "未发现问题"),
        ]),
        ("邗洇菁", "", "村报账员", "general", [
            ("原始票据不审核即报账，以白条入账", "中风险", "票据经村务监督委员会审核签字后报账。", "未发现问题"),
            ("村级账务不按时公开，公开内容不全", "低风险", "财务收支每季度公开，公开照片存档。", "未发现问题"),
        ]),
        ("翟沄昕", "", "村文书", "general", [
            ("为不符合条件的村民出具证明", "中风险", "证明出具登记，村党支部书记审签。", "未发现问题"),
            ("低保、救助对象民主评议记录不实", "高风险", "评议会议全程记录，评议结果张榜公示。", "未发现问题"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add(f"姓{GAP}名", f"职{GAP}务", "填表时间", None, None)
        sh.add(who, post, "2025年9月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], BANDS[lv])
        sh.add()
        sh.add("本人签名：", None, "村务监督委员会意见：", None, None)
        sheets.append(sh)
    return _layout(
        "shawan_niushi_village_selfchecks", "http://m.jizihe.com/page/2023/1118/22710714.shtml",
        "区牛石镇金鹰村 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 镇综合服务中心 on 村级"
        "财务 (村级报账员 old and short of skill, “一言堂”, 手工记账, 财务公开 unclear): a title, a LABEL ROW ``姓　名 | 职　务 | "
        "填表时间`` over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type "
        "column; a blank row and ``本人签名： | 村务监督委员会意见：``",
        sheets, t,
    )  # fmt: skip


def shawan_tongci_town_two_sheets() -> dict:
    unit = f"{PLACE}铜茨镇人民政府"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 9, 9, 24, 36, 10, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("钮澴岑", "镇长", "主持镇政府全面工作，分管财政", [
            ("镇级财政资金审批“一支笔”，不经集体研究", "一级风险", "大额资金支出经党政联席会议研究。"),
            ("村级集体经济项目选址、选商搞个人意志", "二级风险", "项目选商公开比选，结果公示。"),
        ]),
        ("敖溦岷", "党委委员", "分管农业农村、村级财务监管", [
            ("村级财务委托代理监管不力，默许村级乱开支", "二级风险", "每半年开展村级财务专项检查。"),
            ("对村干部插手集体资金问题包庇", "一级风险", "问题线索按规定移交镇纪委。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, lead.name, post, who, "leader", point, [], RISKS[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    lead.add("填表人：", None, None, "审核人：", None, "2025年9月", None)
    dept = _Sheet("站所办", [6, 14, 12, 9, 36, 10, 32])
    _line(dept, f"{unit}站所办岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("农业农村办公室", "主任", "詹泓霏", "middle", [
            ("村级集体资金收支审核不严", "二级风险", "村级收支实行镇村两级审核。"),
        ]),
        ("农业农村办公室", "农经员", "鞠沨瑢", "general", [
            ("代理记账中接受不合规原始票据", "二级风险", "原始票据逐张审核，不合规票据退回登记。"),
            ("村集体资产台账与实物不符", "三级风险", "资产台账每年清查一次。"),
        ]),
        ("财政所", "所长", "糜渢葳", "middle", [
            ("涉农资金拨付不按进度和合同", "一级风险", "涉农资金按合同和验收进度拨付。"),
            ("专项资金挪作他用", "一级风险", "专项资金专账核算，区财政局定期检查。"),
        ]),
        ("综合保障中心", "统计员", "蔺沣霓", "general", [
            ("统计数据弄虚作假", "三级风险", "统计数据层层审核，数据质量抽查。"),
        ]),
    ]  # fmt: skip
    first = len(dept.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, lv, measures in points:
            n += 1
            dept.add(n, d, post, who, point, lv, measures)
            t.point(dept.name, d, post, who, tier, point, [], RISKS[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("填表人：", None, None, "审核人：", None, "党委书记（签字）：", None)
    return _layout(
        "shawan_tongci_town_two_sheets", "https://fx361.cc/page/2020/0227/17986622.shtml",
        "区铜茨镇人民政府 廉政风险防控表 in two sheets, after the source's 镇 on 村级集体经济组织 财务管理 (资金管理, 收支管理, 农村"
        "财务管理制度和工作流程): ``领导班子`` (a title, 序号/姓名, 职务 and 分管工作 merged per leader/风险点/风险等级 ``一级风险/"
        "二级风险/三级风险``/防控措施; a 填表人/审核人/date line) and ``站所办`` (a title, 序号/科室 merged (农业农村办公室, 财政所, "
        "综合保障中心)/岗位 and 姓名 merged per person/…; a 填表人/审核人/党委书记（签字） line); no type column",
        [lead, dept], t,
    )  # fmt: skip


def shawan_tanba_agri_desc() -> dict:
    unit = f"{PLACE}谭坝镇农业服务中心"
    sh = _Sheet("一览表", [6, 12, 12, 9, 18, 36, 10, 8, 32])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年9月", 9)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险描述", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "阎溱芃", "leader", "代理记账机构选定", "村级会计委托代理机构选定不公开，指定关系机构",
         "制度机制", "Ⅰ", "代理机构公开比选，合同经中心集体研究。"),
        ("中心领导", "副主任", "佴澧萦", "leader", "项目资金验收", "农业项目资金验收不到现场，按申报数拨付",
         "岗位职责", "Ⅱ", "验收到现场，验收照片和记录存档。"),
        ("农经股", "股长", "奚沐岫", "middle", "村级财务审核", "对村级超范围开支、白条入账不纠正",
         "岗位职责", "Ⅰ", "村级支出审核清单化，问题票据退回登记。"),
        ("农经股", "农经员", "郏淇瑗", "general", "代理记账", "原始票据审核不严，账实不符",
         "业务流程", "Ⅱ", "记账凭证双人复核，按月与村对账。"),
        ("农经股", "农经员", "郏淇瑗", "general", "账务公开", "代理账务不按时向村民公开",
         "制度机制", "Ⅲ", "账务每季度公开，公开情况存档。"),
        ("畜牧兽医股", "动物防疫员", "咸沚蔓", "general", "防疫补助发放", "村级防疫员补助虚报人数",
         "思想道德", "Ⅱ", "补助名册公示，打卡发放。"),
        ("畜牧兽医股", "动物防疫员", "咸沚蔓", "general", "检疫出证", "不检疫即出具检疫证明",
         "外部环境", "Ⅰ", "检疫全程留痕，证明电子出具。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分Ⅰ、Ⅱ、Ⅲ三级，Ⅰ级最高。", 9)
    sh.add("填表人：", None, None, "审核人：", None, "主任（签字）：", None, None, None)
    return _layout(
        "shawan_tanba_agri_desc", "http://istpei.com/qkh/63667.html",
        "区谭坝镇农业服务中心 岗位廉政风险防控一览表, after the source's 村级会计委托代理 (代理记账机构, 村委会 still answering for its "
        "财务, 原始票据): ``附件2``, a title, a merged ``填报单位（盖章）：…　填报时间：2025年9月`` line, then 序号/``股室`` merged "
        "(中心领导, 农经股, 畜牧兽医股)/岗位 and 姓名 merged per person/a short 风险点/a long 风险描述/风险类型 (short names)/风险等级 "
        "bare ``Ⅰ/Ⅱ/Ⅲ``/防控措施; a merged ``注：`` line on the grades and a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    shawan_hulu_town_cases_in_point(),
    shawan_jianong_town_groups(),
    shawan_taiping_service_duties(),
    shawan_fulu_finance_posts(),
    shawan_tashui_agri_cards(),
    shawan_niushi_village_selfchecks(),
    shawan_tongci_town_two_sheets(),
    shawan_tanba_agri_desc(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch321-inbox"))
