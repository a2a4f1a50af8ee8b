"""A hundred-and-sixtieth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies of 洪雅县 seldom or
never used before — a 救助管理站, a 城市照明管理所, a 交通投资集团, a 茶叶产业发展中心, a 镇, the 政协's
办公室, a 融资担保公司, a 堤防管理站, a 机关事务服务中心 and a 国有林场 — each handing back its ordinary
一览表, 排查表, 清单 or personal 自查表 the way its staff typed it (no re-saved copies this time):

- a 救助管理站 一览表 with no 科室 column whose FIRST block is the unit's ``一、共性风险``: three rows
  whose 岗位 and 姓名 cells are ONE merged cell ``全体干部职工`` (the risks every member of staff
  runs), then ``二、岗位风险`` with the posts and their holders — the shape this batch adds to what
  the README describes;
- a 交通投资集团 清单 sorted BY LEVEL: section rows ``一、高风险点（共4个）`` / ``二、中风险点（共4个）`` /
  ``三、低风险点（共2个）`` and no level column, so one holder's rows stand apart in two sections,
  部门, 岗位 and 责任人 written out on every row;
- a 茶叶产业发展中心 一览表 headed ``岗位（职务）``, ``风险概述`` and ``防范措施``, 一级/二级/三级;
- a 镇's 站所 排查表 (镇领导, 党政办公室, 财政所, 农业农村服务中心, 综合行政执法队) with a trailing
  ``分管领导`` column of the 副镇长's names (who hold no row), ``高风险/中风险/低风险``;
- the 政协's 办公室 自查表 one per sheet (tabs the 科室), ``姓名 | … | 科室 | … | 职务 | …`` above the table,
  a ``填表日期`` date cell beside a merged ``岗位职责``, and a ``完成时限`` column;
- a 融资担保公司 清单 对岗不对人: a short 风险点 beside a long 风险描述, ``Ⅰ级/Ⅱ级/Ⅲ级`` and a trailing
  ``监督部门`` column that names, among others, the 风险管理部 which is also a 部门 of the rows;
- a 堤防管理站 一览表 with a ``联系电话`` column of mobile numbers (typed as numbers) and a ``岗位职责``
  column, both merged per person;
- a 机关事务服务中心 workbook of two sheets split by tier: ``领导班子`` (姓名/职务/分管工作, no 科室) and
  ``科室岗位`` (科室/岗位/姓名), each with its own title and header;
- a 国有林场 一览表 whose 科室 column is headed ``科室（林区）`` (场领导, 营林科, 资源管护科, 第一林区,
  第二林区), levels ``Ⅰ/Ⅱ/Ⅲ`` without 级, types written ``制度机制类``.

One is harder:

- ``street_light_now_and_before``: a 城市照明管理所 一览表 updated after two holders left: their
  姓名 cells read ``现：苑岷樵⏎原：荀篁音（2024年5月调离）`` — the current holder and the one who left,
  in one cell — with a note under the table that the 现 names are the holders now.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a province's 生活无着人员救助管理
工作规范: 入站, 乘车凭证, 离站; a city's 城市照明 management: 维修计划, 巡检, 报修派单, 第三方运维; a
city's 地方公路建设 廉政风险专项防控; a 县's 茶叶 以奖代补 policy: 标准化茶园, 低产茶园改造, 清洁化加工厂;
a 市's 乡镇治理 reform; a 区政协's 委员联络机构; a 融资性担保公司's 业务流程: 受理, 尽职调查, 评审, 反担保;
a 河道管理段's 堤防管理制度: 巡查, 监测, 养护维修; a 州's 公务用车日常使用 rules: 加油, 保险, 维修保养;
国有林场改革) and the layout follows their words for the unit, its parts, its posts and its risks.
The rows are worded by us, the names invented; every unit is a body of 洪雅县 (the 镇 an invented
岚坝镇; the 政协's office ``政协洪雅县委员会办公室``).

Run ``python tests/published/score.py --set batch160`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b160_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the ``共性风险`` rows under one merged ``全体干部职工`` (岗位 and 姓名 together) are one post
  ``全体干部职工`` with no holder and no 科室 (tier general): the cell names everybody, nobody in
  particular; the section rows ``一、共性风险`` / ``二、岗位风险`` are no point, no 科室;
- ``现：苑岷樵⏎原：荀篁音（2024年5月调离）`` under 姓名 names ONE holder, the 现 one; the 原 one left
  and holds nothing;
- a section row ``一、高风险点（共4个）`` gives its rows level 1 (二、中 2, 三、低 3) where there is no
  level column; the same 部门/岗位/责任人 in two sections is one form;
- ``岗位（职务）`` is the 岗位, ``风险概述`` the risk, ``防范措施`` the measures;
- the 镇's 财政所, 农业农村服务中心 and 综合行政执法队 are 科室 of the 镇 (the 乡镇 站/所 convention);
  镇领导 a 科室 whose 党委书记 and 镇长 lead; the ``分管领导`` names watch and hold no form;
- a 科室 field above a personal 自查表 gives the 科室; ``完成时限`` and ``填表日期`` are no point;
- ``监督部门`` names the office that watches, not the rows' 部门 (even where it is 风险管理部);
- ``联系电话`` numbers are no holder and no point;
- the leaders' sheet's ``分管工作`` (``公务用车服务科、机关食堂``) is their line of work, not their 科室:
  the leaders have department "";
- a 林区 in the column ``科室（林区）`` is a 科室 of the 林场; ``Ⅰ/Ⅱ/Ⅲ`` are Ⅰ级/Ⅱ级/Ⅲ级;
  ``制度机制类`` the type 制度机制;
- 站长/副站长 of a county 站, 所长/副所长 of a county 所, 董事长/总经理, 主任/副主任 of a 中心 or of the
  政协's 办公室, 党委书记/镇长, 场长/副场长 and the company's 总经理/副总经理 are leaders; 科长, 股长,
  部长, 主任 of a 办公室/科/中心 inside a unit, 所长 of a 镇's 所, 队长 and 林区主任 middle; the rest
  (and 全体干部职工) general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b160_"
PLACE = "洪雅县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
EVERYONE = "全体干部职工"


# --------------------------------------------------------------------------- harder layout


def street_light_now_and_before() -> dict:
    unit = f"{PLACE}城市照明管理所"
    sh = _Sheet("一览表", [6, 12, 10, 16, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表（2024年动态调整）", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年9月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "帅蔎予", "帅蔎予", "路灯新建、节能改造项目不经所务会集体研究即确定施工单位", "制度机制", "高",
         "项目按限额公开招标或比选,所务会研究并留存纪要。", "leader"),
        ("所领导", "所长", "帅蔎予", "帅蔎予", "照明设施第三方运维服务考核打分随意,考核结果与服务费支付脱节", "岗位职责", "中",
         "考核细则公开,考核结果两人以上复核后与服务费挂钩。", "leader"),
        ("所领导", "副所长", "现：苑岷樵\n原：荀篁音（2024年5月调离）", "苑岷樵",
         "灯具、电缆等维修材料采购不比价,验收把关不严", "业务流程", "高",
         "材料采购三家以上比价,验收由使用、维修、财务三方签字。", "leader"),
        ("所领导", "副所长", "现：苑岷樵\n原：荀篁音（2024年5月调离）", "苑岷樵",
         "亮化工程结算审核不严,多计工程量", "岗位职责", "中", "结算送财政评审,审减结果所务会通报。", "leader"),
        ("工程维护股", "股长", "栾苕华", "栾苕华", "报修工单派单不及时,故障灯修复情况虚报", "岗位职责", "中",
         "报修工单系统派发,修复后拍照回传、随机抽查。", "middle"),
        ("工程维护股", "股长", "栾苕华", "栾苕华", "路灯设施损坏赔偿金额认定随意,收受肇事方好处", "外部环境", "高",
         "赔偿标准公开,赔偿金额两人核定并开具票据。", "middle"),
        ("工程维护股", "电工", "现：铁蘅皋\n原：嵇茗樾（2024年7月调离）", "铁蘅皋",
         "更换下的旧灯具、旧电缆私自变卖", "思想道德", "中", "旧件交回仓库登记,统一按资产处置程序处理。", "general"),
        ("综合股", "会计", "冀翠篁", "冀翠篁", "路灯电费、维修费报销审核不严,票据与工单不符", "制度机制", "低",
         "报销凭工单、验收单、发票三单核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, shown, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, shown, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(
        sh,
        "注：本表已按2024年人员调整情况更新，姓名栏标注“现”的为现任责任人，“原”为已调离人员。",
        8,
    )
    sh.add("填表人：冀翠篁", None, None, "审核人：帅蔎予", None, None, None, None)
    return _layout(
        "street_light_now_and_before", "https://www.zhemaiyun.com/news/2012843836195368960",
        "(harder) 县城市照明管理所 岗位廉政风险点一览表（2024年动态调整） after the source's account of who runs a "
        "city's street lights (城市照明管理机构: 年度路灯维修计划, 巡检, 报修派单, 协调电力公司抢修, 监督第三方运维): "
        "``填报单位：… | 填报时间：…`` over the table; 序号/股室 merged (所领导, 工程维护股, 综合股)/岗位 and 姓名 merged per "
        "person/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; TWO 姓名 cells name the holder now AND the "
        "one who left, in one cell: ``现：苑岷樵⏎原：荀篁音（2024年5月调离）`` (副所长) and ``现：铁蘅皋⏎原：嵇茗樾"
        "（2024年7月调离）`` (电工); a merged note under the table says the 现 names are the holders now; "
        "``填表人：冀翠篁 | 审核人：帅蔎予`` (both holders)",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def relief_station_common_risks() -> dict:
    unit = f"{PLACE}救助管理站"
    sh = _Sheet("Sheet1", [6, 14, 10, 34, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点一览表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    common = [
        ("利用职务之便向受助人员或其亲属索要财物", "思想道德风险", "中",
         "签订廉洁承诺,受助人员离站时发放监督卡,公开举报电话。"),
        ("收受定点医院、护送车辆等合作单位礼品礼金", "外部环境风险", "中",
         "合作单位签订廉洁协议,节前开展廉洁提醒。"),
        ("工作日饮酒、公车私用等违反中央八项规定精神", "思想道德风险", "低",
         "车辆使用登记,节假日公车集中封存。"),
    ]  # fmt: skip
    posts = [
        ("站长", "檀霁舟", "leader", [
            ("站内维修改造、物资采购不经站务会集体研究", "制度机制风险", "高",
             "维修采购事项站务会集体研究,按规定比选并公示结果。"),
            ("返乡乘车凭证、医疗救治费用审批把关不严", "岗位职责风险", "高",
             "乘车凭证凭《在站服务及离站登记表》审批,医疗费用逐笔审核。"),
        ]),
        ("副站长", "禤桤川", "leader", [
            ("受助人员医疗救治费用与定点医院结算核对不严,多付费用", "业务流程风险", "中",
             "结算清单与病历、出院证明逐项核对,每季度与民政局对账。"),
        ]),
        ("救助科科长", "粟荈初", "middle", [
            ("对不符合救助条件的人员违规给予救助,虚增救助人次", "岗位职责风险", "高",
             "入站登记信息系统录入、照片留存,救助人次每月核对。"),
            ("救助期满不按规定安排离站,虚报在站伙食费", "业务流程风险", "中",
             "在站天数系统自动统计,超期在站须站长审批。"),
        ]),
        ("护理员", "桑澄音", "general", [
            ("代管受助人员财物登记不清,私自侵占", "岗位职责风险", "中",
             "代管财物双人清点登记,离站时本人签字领回。"),
        ]),
        ("出纳", "巫槚言", "general", [
            ("乘车凭证、零星现金领用不登记,虚领冒领", "制度机制风险", "中",
             "乘车凭证编号管理,现金支出留存受助人员签收字据。"),
        ]),
    ]  # fmt: skip
    _line(sh, "一、共性风险", 7)
    first, n = len(sh.rows), 0
    for point, typ, lv, measures in common:
        n += 1
        sh.add(n, None if n > 1 else EVERYONE, None, point, typ, lv, measures)
        t.point(sh.name, "", EVERYONE, "", "general", point, types_in(typ), HML[lv])
    sh.merge(first, 1, len(sh.rows) - 1, 2)
    _line(sh, "二、岗位风险", 7)
    first = len(sh.rows)
    for post, who, tier, points in posts:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("单位负责人：檀霁舟", None, None, "填表人：巫槚言", None, "2024年10月", None)
    return _layout(
        "relief_station_common_risks", "https://www.xueke.org/wenku/38419_7.html",
        "县救助管理站 廉政风险点一览表 after the source's 四川省生活无着人员救助管理工作规范 (自愿放弃救助, 离站, 自返人员"
        "车票, 接回和护送, 寄存物品): 序号/岗位/姓名/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施, NO 科室 column "
        "(posts written ``救助科科长``); the table opens with a merged section row ``一、共性风险`` over three rows whose "
        "岗位 and 姓名 cells are ONE merged cell ``全体干部职工`` (risks every member of staff runs), then ``二、岗位风险`` "
        "with 岗位 and 姓名 merged per person; the numbering runs on through both; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def transport_invest_level_sections() -> dict:
    unit = f"{PLACE}交通投资集团有限公司"
    sh = _Sheet("清单", [6, 12, 10, 10, 34, 14, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点清单（按风险等级排列）", 7)
    sh.add("序号", "部门", "岗位", "责任人", "廉洁风险点", "风险类别", "防控措施")
    tiers = {
        "董事长": "leader",
        "总经理": "leader",
        "部长": "middle",
        "主任": "middle",
        "造价员": "general",
    }
    sections = [
        ("一、高风险点（共4个）", 1, [
            ("公司领导", "董事长", "郦曜初", "重大投资项目和大额融资不经董事会、党委会集体决策", "制度机制风险",
             "严格执行“三重一大”决策制度,议题提前送达,会议纪要存档。"),
            ("公司领导", "总经理", "鲜于藻川", "农村公路建设项目招标中设置倾向性条件,指定中标单位", "岗位职责风险",
             "招标文件法律审核,评标专家随机抽取,纪检人员全程监督。"),
            ("工程管理部", "部长", "弓潆洄", "设计变更、现场签证审核把关不严,虚增工程量", "业务流程风险",
             "变更签证实行监理、跟踪审计、公司三方会签,重大变更集体研究。"),
            ("财务融资部", "部长", "斛蜀禾", "融资中介机构选择不公开,收受中介好处", "外部环境风险",
             "融资中介比选确定,比选结果公示,签订廉洁协议。"),
        ]),
        ("二、中风险点（共4个）", 2, [
            ("公司领导", "董事长", "郦曜初", "中层干部选拔任用中个人说了算", "制度机制风险",
             "选拔方案党委会研究,考察两人以上,任前公示。"),
            ("工程管理部", "造价员", "仝峨岚", "工程计量与现场实际不符,配合施工单位多计量", "岗位职责风险",
             "计量实行现场核验拍照,跟踪审计复核。"),
            ("公司领导", "总经理", "鲜于藻川", "沿线服务设施、广告位出租价格偏低,租期随意延长", "业务流程风险",
             "资产出租公开招租,租金评估确定,合同经法务审核。"),
            ("综合办公室", "主任", "恽岷沙", "办公用品和劳保用品采购不比价,验收走过场", "制度机制风险",
             "采购三家以上询价,入库验收双人签字。"),
        ]),
        ("三、低风险点（共2个）", 3, [
            ("工程管理部", "造价员", "仝峨岚", "泄露工程控制价等未公开信息", "思想道德风险",
             "签订保密承诺,控制价编制资料专人保管。"),
            ("综合办公室", "主任", "恽岷沙", "公务用车私用,加油维修费用虚报", "制度机制风险",
             "用车审批登记,加油卡一车一卡,维修定点并按月公示。"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, level, rows in sections:
        _line(sh, caption, 7)
        for dept, post, who, point, typ, measures in rows:
            n += 1
            sh.add(n, dept, post, who, point, typ, measures)
            t.point(sh.name, dept, post, who, tiers[post], point, types_in(typ), level)
    sh.add()
    sh.add("编制部门：综合办公室", None, None, "审核：", None, "2024年11月", None)
    return _layout(
        "transport_invest_level_sections", "http://m.fishbao.com.cn/jiaotong/20150803/461382.html",
        "县交通投资集团 廉洁风险点清单（按风险等级排列） after the source's account of a city's 地方公路建设暨廉政风险专项"
        "防控 (统筹城乡村组道路, 渡改桥, 农村公路; 项目建设程序, 资金使用): rows SORTED BY LEVEL under merged section rows "
        "``一、高风险点（共4个）``, ``二、中风险点（共4个）``, ``三、低风险点（共2个）`` with NO level column; 序号 runs on; "
        "部门/岗位/责任人 written out on EVERY row (no merges), so the 董事长, the 总经理, the 造价员 and the 综合办公室 主任 "
        "each stand in two sections apart; 廉洁风险点/风险类别 ``…风险``/防控措施; 编制部门/审核/date line",
        [sh], t,
    )  # fmt: skip


def tea_center_overview_header() -> dict:
    unit = f"{PLACE}茶叶产业发展中心"
    sh = _Sheet("一览表", [6, 12, 12, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查一览表", 8)
    sh.add("序号", "股室", "岗位（职务）", "姓名", "风险概述", "风险类型", "风险等级", "防范措施")
    rows = [
        ("中心领导", "主任", "芮楠森", "标准化茶园建设以奖代补资金分配不经集体研究", "制度机制", "一级",
         "奖补方案经主任办公会研究,奖补名单在乡镇、村公示。", "leader"),
        ("中心领导", "主任", "芮楠森", "茶叶品牌推介活动承办单位确定不公开", "岗位职责", "二级",
         "承办单位比选确定,活动经费据实结算。", "leader"),
        ("中心领导", "副主任", "邰蜀樵", "清洁化加工厂奖补验收降低标准", "岗位职责", "一级",
         "验收组三人以上现场核验,厂房面积、产能逐项测量。", "leader"),
        ("茶园基地股", "股长", "隆芎禾", "新建、低产改造茶园面积核实不实,虚报奖补面积", "业务流程", "一级",
         "面积卫星图斑比对,乡镇、村、业主三方签字确认。", "middle"),
        ("茶园基地股", "股长", "隆芎禾", "茶苗采购中指定育苗基地", "外部环境", "二级",
         "茶苗按政府采购程序购置,到货抽检成活率。", "middle"),
        ("加工质量股", "检验员", "佘临皋", "茶叶质量抽检时事先透露抽检信息,调换样品", "思想道德", "二级",
         "抽检计划保密,样品封样双人签字。", "general"),
        ("办公室", "出纳", "靳蒹葭", "奖补资金拨付与公示名单不符", "制度机制", "三级",
         "奖补资金一卡通直达,拨付明细与公示名单逐户核对。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：靳蒹葭", None, None, "审核人：芮楠森", None, None, "2024年8月", None)
    return _layout(
        "tea_center_overview_header", "https://chaxianglou.com/cha-75420",
        "县茶叶产业发展中心 岗位廉政风险排查一览表 after the source's account of a 县's 茶叶 以奖代补 (新建标准化茶园, 低产"
        "茶园改造示范园, 清洁化茶叶加工厂, 茶苗): 序号/股室 merged (中心领导, 茶园基地股, 加工质量股, 办公室)/the post under "
        "``岗位（职务）``/姓名 — both merged per person/the risk under ``风险概述``/风险类型 (short names)/风险等级 "
        "一级/二级/三级/the measures under ``防范措施``; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def town_stations_deputy_column() -> dict:
    unit = f"{PLACE}岚坝镇人民政府"
    sh = _Sheet("排查表", [6, 14, 10, 9, 32, 14, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}站所岗位廉政风险排查表", 9)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "分管领导")
    rows = [
        ("镇领导", "党委书记", "寇雅砻", "重大项目安排、大额资金使用不经党委会集体研究", "制度机制风险", "高风险",
         "严格执行“三重一大”制度,会议纪要存档备查。", "/", "leader"),
        ("镇领导", "镇长", "濮棕溪", "镇级小型工程发包化整为零规避招标", "岗位职责风险", "高风险",
         "小型工程进入公共资源交易平台,结果公示。", "/", "leader"),
        ("党政办公室", "主任", "伍藜照", "公务接待无公函、超标准接待", "制度机制风险", "中风险",
         "接待实行公函和清单制度,每季度公开。", "晁芷芎", "middle"),
        ("财政所", "所长", "雍苕溪", "惠农补贴资金发放审核把关不严,虚报冒领", "岗位职责风险", "高风险",
         "补贴名册村组公示,资金一卡通直达。", "乐正苕音", "middle"),
        ("财政所", "所长", "雍苕溪", "村级财务代理记账中白条入账", "业务流程风险", "中风险",
         "凭证审核实行双签,每季度抽查村级账目。", "乐正苕音", "middle"),
        ("财政所", "会计", "璩茗湾", "专项资金支付与项目进度不符", "业务流程风险", "中风险",
         "支付凭验收单和监理意见,按进度拨付。", "乐正苕音", "general"),
        ("农业农村服务中心", "主任", "巢岷雪", "耕地地力保护补贴面积核实不实", "岗位职责风险", "中风险",
         "面积以确权数据为准,抽查比例不低于10%。", "晁芷芎", "middle"),
        ("综合行政执法队", "队长", "褚筠川", "违法建设查处中接受说情,降格处理", "外部环境风险", "高风险",
         "查处决定集体研究,执法全程记录。", "乐正苕音", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, deputy, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, deputy)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报单位（盖章）：", None, None, "纪委书记：", None, None, None, "2024年9月", None)
    return _layout(
        "town_stations_deputy_column", "https://www.fx361.cc/page/2015/0306/19585508.shtml",
        "镇 站所岗位廉政风险排查表 after the source's study of a 市's 乡镇治理 reform (乡镇政府 and its 站所, 服务 and 执法 "
        "integrated): 序号/站所 merged (镇领导, 党政办公室, 财政所, 农业农村服务中心, 综合行政执法队)/岗位 and 姓名 merged "
        "per person/风险点/风险类型 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施 and a trailing ``分管领导`` column "
        "of names (two 副镇长 who hold no row; ``/`` beside the 党委书记 and the 镇长); 填报单位（盖章）/纪委书记/date",
        [sh], t,
    )  # fmt: skip


def cppcc_office_self_check() -> dict:
    unit = f"政协{PLACE}委员会办公室"
    t = _Truth(unit)
    people = [
        ("秘书科", "科长", "皇甫桤禾", "middle", "负责全委会、常委会会务,文稿起草,公务接待和机关财务管理。", [
            ("全委会、常委会会务用品采购不比价", "制度机制", "中", "会务用品定点采购,三家以上比价。", "长期坚持"),
            ("公务接待超标准,接待费用报销审核不严", "岗位职责", "中", "先审批后接待,接待清单与发票逐项核对。",
             "2024年12月底前"),
            ("机关财务报销票据审核流于形式", "业务流程", "低", "报销凭证三级审核,每季度自查。", "长期坚持"),
        ]),
        ("委员联络科", "科长", "储蜀瑶", "middle", "负责委员联络服务,委员履职档案和视察、调研活动组织。", [
            ("委员履职考核打分不客观,优亲厚友", "思想道德", "中", "考核细则公开,考核结果主席会议审定。", "长期坚持"),
            ("视察调研活动经费虚报参加人数", "制度机制", "高", "活动签到、照片存档,经费据实报销。", "长期坚持"),
        ]),
        ("提案科", "科员", "阮茗川", "general", "负责提案的收集、审查、交办和督办。", [
            ("提案审查立案不按规定,为关系人提案开绿灯", "岗位职责", "中", "立案审查集体研究,立案结果公开。",
             "长期坚持"),
            ("提案办理督办走过场,接受承办单位宴请", "外部环境", "低", "督办情况通报,严禁接受承办单位宴请。",
             "2024年12月底前"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, post, who, tier, duty, points in people:
        sh = _Sheet(dept, [10, 34, 12, 10, 30, 14])
        _line(sh, f"{unit}干部职工廉政风险自查表", 6)
        sh.add("姓名", who, "科室", dept, "职务", post)
        r = sh.add("填表日期", datetime(2024, 10, 15), "岗位职责", duty, None, None)
        sh.merge(r, 3, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "完成时限")
        for n, (point, typ, lv, measures, due) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, due)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add("本人签字：", None, None, "科室负责人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "cppcc_office_self_check", "http://www.cqzx.gov.cn/list/Detail.aspx?id=10873",
        "政协县委员会办公室 干部职工廉政风险自查表 one per sheet (tabs the 科室: 秘书科, 委员联络科, 提案科) after the "
        "source's study of a 区政协's 委员联络机构 (委员联络, 视察, 调研, 提案): the unit ``政协洪雅县委员会办公室`` in the "
        "title; ``姓名 | … | 科室 | … | 职务 | …`` in one row above the table, then ``填表日期 | <a date cell> | 岗位职责 | "
        "<merged text>``; 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施/``完成时限`` (长期坚持, "
        "2024年12月底前); 本人签字/科室负责人签字",
        sheets, t,
    )  # fmt: skip


def guarantee_company_posts() -> dict:
    unit = f"{PLACE}融资担保有限责任公司"
    sh = _Sheet("清单", [6, 12, 10, 14, 32, 8, 32, 12])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉洁风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险描述", "风险等级", "防控措施", "监督部门")
    rows = [
        ("公司领导", "总经理", "担保项目审批", "超越权限审批担保项目,为关系企业提供担保", "Ⅰ级",
         "担保项目经评审会集体审议,单笔大额项目报董事会审批。", "纪检监察室", "leader"),
        ("公司领导", "副总经理", "代偿决策", "代偿前未穷尽追偿措施,违规启动代偿", "Ⅰ级",
         "代偿事项评审会集体审议,代偿后即启动追偿。", "纪检监察室", "leader"),
        ("业务部", "项目经理", "保前调查", "尽职调查不实,隐瞒企业负债和涉诉情况", "Ⅰ级",
         "实行双人调查,调查报告附现场照片和征信查询记录。", "风险管理部", "general"),
        ("业务部", "项目经理", "反担保落实", "反担保物评估价值虚高,抵押登记不及时", "Ⅱ级",
         "反担保物委托评估机构评估,放款前完成抵押登记。", "风险管理部", "general"),
        ("风险管理部", "部长", "项目评审", "评审意见受人情干扰,对高风险项目出具同意意见", "Ⅱ级",
         "评审意见独立出具并签字负责,评审记录存档。", "纪检监察室", "middle"),
        ("风险管理部", "部长", "保后检查", "保后检查走过场,未及时发现企业经营恶化", "Ⅱ级",
         "保后检查按季度开展,风险预警信号及时报告。", "纪检监察室", "middle"),
        ("财务部", "会计", "担保费收取", "擅自减免担保费或收费不入账", "Ⅲ级",
         "担保费按合同收取,减免须总经理审批,当日入账。", "纪检监察室", "general"),
        ("综合部", "部长", "印章管理", "公章、合同章使用不登记,违规用印", "Ⅲ级",
         "用印审批登记,印章专人专柜保管。", "纪检监察室", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, desc, lv, measures, watch, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures, watch)
        t.point(sh.name, dept, post, "", tier, point, [], ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("编制：风险管理部", None, None, None, "审核：", None, "2024年7月", None)
    return _layout(
        "guarantee_company_posts", "http://m.fcssq.org.cn/product/61.html",
        "县融资担保公司 岗位廉洁风险防控清单 对岗不对人 after the source's account of a 融资性担保公司's 业务流程 (业务受理"
        "与初步筛选, 尽职调查, 风险评审与决策审批, 反担保措施, 保后管理): ``附件`` above the title; 序号/部门 merged (公司"
        "领导, 业务部, 风险管理部, 财务部, 综合部)/岗位 merged per post (no names anywhere)/a short 风险点 beside a long "
        "风险描述/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a trailing ``监督部门`` (纪检监察室, and 风险管理部 for the 业务部's "
        "rows — a 部门 of other rows); no type column; 编制/审核/date",
        [sh], t,
    )  # fmt: skip


def levee_station_phone_column() -> dict:
    unit = f"{PLACE}青衣江堤防管理站"
    sh = _Sheet("Sheet1", [6, 12, 10, 9, 14, 24, 32, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add("序号", "股室", "岗位", "姓名", "联系电话", "岗位职责", "风险点", "风险等级", "防控措施")
    people = [
        ("站领导", "站长", "闵峨樵", 13981235047, "主持全站工作,负责堤防工程建设和维修养护资金管理", "leader", [
            ("堤防维修养护项目不经站务会研究即确定施工队伍", "高", "维修项目站务会集体研究,按规定比选并公示。"),
            ("防汛物资采购指定供应商", "中", "防汛物资按政府采购程序购置,入库验收三人签字。"),
        ]),
        ("站领导", "副站长", "戚楠溪", 13890471362, "负责堤防日常巡查和防汛抢险", "leader", [
            ("堤防隐患巡查走过场,对穿堤建筑物审查不严", "中", "巡查记录定位拍照,穿堤建筑物审查两人以上。"),
        ]),
        ("工程管理股", "股长", "党棕青", 15228390716, "负责维修养护工程计量和验收", "middle", [
            ("维修养护工程量虚报,验收签字把关不严", "高", "工程量现场计量留影,验收由站、监理、施工三方签字。"),
            ("堤防绿化、护堤林管护合同考核不严", "低", "管护考核按季度开展,考核结果与合同款挂钩。"),
        ]),
        ("水政监察股", "水政监察员", "巩篁溪", 18708326591, "负责堤防管理范围内水事违法行为查处", "general", [
            ("对堤防管理范围内违法取土、采砂查处不力,收受好处", "高", "执法两人以上,全程记录,查处结果报站务会。"),
            ("事先透露巡查时间和路线", "中", "巡查时间、路线临时确定,不定期夜查。"),
        ]),
        ("办公室", "会计", "裘苕青", 13547110283, "负责财务核算和防汛资金报账", "general", [
            ("防汛抢险资金报账凭证不全,虚列支出", "中", "抢险支出凭现场记录、验收单据报账,每月对账。"),
        ]),
    ]  # fmt: skip
    first, n = len(sh.rows), 0
    for dept, post, who, phone, duty, tier, points in people:
        for point, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, phone, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:6]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), *((c, per_person) for c in range(2, 6))])
    sh.add()
    sh.add("单位负责人：", None, None, "填表人：", None, None, None, "2024年6月", None)
    return _layout(
        "levee_station_phone_column", "http://m.boteman.cn/paper/445170990.html",
        "县青衣江堤防管理站 岗位廉政风险点一览表 after the source's 河道管理段堤防管理制度 (日常巡查, 监测, 养护维修, 堤防"
        "工程建设、改建, 防洪): 序号/股室 merged (站领导, 工程管理股, 水政监察股, 办公室)/岗位/姓名/a ``联系电话`` column of "
        "eleven-digit mobile numbers typed as NUMBERS/岗位职责 — the four merged per person/风险点/风险等级 高/中/低/"
        "防控措施; no type column; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def logistics_center_two_tier_sheets() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    t = _Truth(unit)
    lead = _Sheet("领导班子", [6, 10, 10, 20, 32, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施")
    leaders = [
        ("尉迟岷禾", "主任", "主持全面工作", [
            ("办公用房调配、维修改造项目不经主任办公会研究", "高", "调配和维修方案集体研究,按标准核定并公示。"),
            ("公务用车购置、处置审批把关不严", "中", "车辆购置处置报县政府审批,处置公开拍卖。"),
        ]),
        ("项芎溪", "副主任", "公务用车服务科、机关食堂", [
            ("公务用车定点维修、保险单位确定不公开", "高", "定点单位公开比选,维修保险费用按月公示。"),
            ("机关食堂食材供应商选择优亲厚友", "中", "供应商公开招标确定,食材价格每月询价比对。"),
        ]),
    ]  # fmt: skip
    first, n = len(lead.rows), 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(lead, first, [(c, per_person) for c in (1, 2, 3)])
    staff = _Sheet("科室岗位", [6, 14, 10, 9, 32, 8, 32])
    _line(staff, f"{unit}科室及岗位廉政风险防控一览表", 7)
    staff.add("序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("公务用车服务科", "科长", "祁桤溪", "公务用车派车不按审批单派车,违规出车", "中",
         "派车凭审批单,车辆轨迹北斗定位可查。", "middle"),
        ("公务用车服务科", "科长", "祁桤溪", "加油卡充值、维修费结算审核不严", "高",
         "一车一卡,加油、维修费用与行车记录按月核对。", "middle"),
        ("公务用车服务科", "驾驶员", "冉荈溪", "虚报加油、过路过桥费用", "低", "费用凭电子票据报销,每月统计分析油耗。",
         "general"),
        ("房产管理科", "科长", "仲蔎川", "闲置办公用房出租收益不入账", "高", "出租公开招租,租金统一上缴财政。",
         "middle"),
        ("机关食堂", "采购员", "简楠予", "食材采购以次充好、虚报数量", "中", "采购验收双人签字,每日公示采购明细。",
         "general"),
    ]  # fmt: skip
    first = len(staff.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        staff.add(n, dept, post, who, point, lv, measures)
        t.point(staff.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(staff, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    staff.add()
    staff.add("填表人：", None, None, "审核人：", None, "2024年5月", None)
    return _layout(
        "logistics_center_two_tier_sheets", "http://86360.com/showinfo-191-1193830.html",
        "县机关事务服务中心 廉政风险防控一览表 after the source's rules for 公务用车日常使用 (加油, 保险, 维修保养): TWO sheets "
        "split by tier, each with its own title and header — ``领导班子`` (序号/姓名/职务/``分管工作`` "
        "(``主持全面工作``, ``公务用车服务科、机关食堂``)/风险点/风险等级/防控措施, the first three merged per person, no 科室 "
        "column) and ``科室岗位`` (序号/科室 merged (公务用车服务科, 房产管理科, 机关食堂)/岗位 and 姓名 merged per person/"
        "风险点/风险等级/防控措施); 高/中/低; no type column; 填表人/审核人/date under the second",
        [lead, staff], t,
    )  # fmt: skip


def forest_farm_districts() -> dict:
    unit = f"{PLACE}杉岭国有林场"
    sh = _Sheet("一览表", [6, 12, 10, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室（林区）", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("场领导", "场长", "卓岷音", "森林抚育、低效林改造项目发包不经场务会研究", "制度机制类", "Ⅰ",
         "项目发包场务会集体研究,按规定招标并公示。", "leader"),
        ("场领导", "场长", "卓岷音", "职工招聘、岗位调整中优亲厚友", "思想道德类", "Ⅱ",
         "招聘方案报主管部门审批,结果公示。", "leader"),
        ("场领导", "副场长", "涂苕岚", "林木采伐指标分配、伐区验收把关不严", "岗位职责类", "Ⅰ",
         "采伐指标场务会分配,伐区验收两人以上并拍照存档。", "leader"),
        ("营林科", "科长", "揭岷青", "造林、抚育作业面积检查验收虚报", "业务流程类", "Ⅱ",
         "验收抽样复核,作业面积GPS测量。", "middle"),
        ("资源管护科", "护林员", "蔡槚溪", "对盗伐、滥伐林木行为不制止、不报告", "岗位职责类", "Ⅱ",
         "巡护轨迹APP记录,管护区问题定期抽查。", "general"),
        ("第一林区", "林区主任", "戈雅篁", "林区护林员考勤、巡护补助发放不实", "制度机制类", "Ⅱ",
         "考勤按巡护轨迹核定,补助发放名单公示。", "middle"),
        ("第一林区", "林区主任", "戈雅篁", "林下种植、林地临时占用私下收费", "外部环境类", "Ⅰ",
         "林地使用一律报场部审批,收费统一开票入账。", "middle"),
        ("第二林区", "护林员", "符茗予", "森林防火巡查记录造假", "岗位职责类", "Ⅲ", "巡查记录定位拍照,林区主任每周抽查。",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), BARE_ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "场长签字：", None, None, "2024年7月", None)
    return _layout(
        "forest_farm_districts", "https://qikanchina.com/thesis/view/1537315",
        "县国有林场 岗位廉政风险点一览表 after the source's report on 国有林场改革 (林场, 林区, 护卫 and 管护): 序号/the 科室 "
        "column headed ``科室（林区）`` merged (场领导, 营林科, 资源管护科, ``第一林区``, ``第二林区``)/岗位 and 姓名 merged "
        "per person (a 护林员 in 资源管护科 and one in 第二林区)/风险点/风险类型 written ``制度机制类``/风险等级 ``Ⅰ/Ⅱ/Ⅲ`` "
        "without 级/防控措施; 填表人/场长签字/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    street_light_now_and_before(),
    relief_station_common_risks(),
    transport_invest_level_sections(),
    tea_center_overview_header(),
    town_stations_deputy_column(),
    cppcc_office_self_check(),
    guarantee_company_posts(),
    levee_station_phone_column(),
    logistics_center_two_tier_sheets(),
    forest_farm_districts(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch160-inbox"))
