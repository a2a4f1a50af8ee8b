"""A hundred-and-thirty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES NO EARLIER
BATCH USED — the 海洋与渔业局, the 野生动物保护站, the 兽药饲料监察所, a 国营苗圃, the 教学研究室, the
蚕桑技术指导站, the 美术馆, the 政府接待办公室 and a 镇 with its 镇直单位 — each handing back its ordinary
一览表, 排查表, 清单, 自查表 or 防控卡 the way its staff typed it, every one of them a body of an
invented 赣榆县 (its 柘塘 and 莒岚镇 invented too):

- the 海洋与渔业局's 一览表 under an ``附件1`` and a ``填报单位（盖章）：… | 填报时间：…`` line: 科室 merged
  (局领导, 办公室, 海域海岛管理科, 渔业渔政管理科 and the 局's own ``渔政监督大队（渔港监督站）``, one office
  under two names), 岗位 and 姓名 merged per person, ``…风险`` types, 高/中/低, and a last column
  ``责任领导`` naming the 局长 or the 副局长 (both holders too) or the ``派驻纪检监察组``;
- the 野生动物保护站's 排查表 whose template's HINT ROW was left under the header, in brackets
  (``（填写股室名称）``, ``（填写本人姓名）``, ``（一个风险点填一行）``, ``（思想道德、制度机制、岗位职责、
  业务流程、外部环境，选填）``, ``（高、中、低）`` …); the compound surname 东方 (``东方岚汀``);
- the 国营苗圃's 清单 对岗不对人: 部门 merged (圃领导, 生产技术股, 苗木经营股, 财务室), 岗位, 岗位职责,
  ``高风险/中风险/低风险``, and a ``责任领导`` column holding roles (主任, 分管副主任);
- the 教学研究室's 一览表 with a ``负责学科`` column between 岗位 and 姓名 (``初中语文``, ``高中数学``, ``/``
  for the 室领导), several 教研员 in one 部门, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 蚕桑技术指导站's 一览表 with NO 科室 column, a one-cell ``单位：…　　填表时间：…`` line, 一级/二级/三级
  and a ``备注`` column (``兼出纳``, ``新增``);
- the 美术馆's 防控卡 one a sheet (tabs 馆长, 副馆长, 典藏部主任): ``持卡人 | … | 职务 | … | 所在部门 | …``, a
  merged ``岗位职责`` row, short types, ``★★★/★★/★`` with the note that reads them, a ``监督人`` column of roles;
- the 接待办公室's 排查表 with a short ``风险点`` beside a long ``表现形式``, the holder under ``责任人`` and a
  last ``监督责任人`` naming the 主任 or 副主任 (both holders too);
- the 莒岚镇's 汇总表 of its 镇直单位 whose 科室 column is headed ``单位`` (镇领导班子, 党政办公室, 财政经济
  和乡村振兴办公室, 社会事务办公室, 综合便民服务中心, 综合行政执法大队): the 镇 is the unit.

One is harder:

- ``vet_drug_tabs_only``: the 兽药饲料监察所's 自查表 one a sheet with NO 姓名 or 科室 field — the
  template leaves a blank ``自查人（签名）：`` to be signed by hand — and each sheet's tab names the
  科室 and the holder (``检验室-南宫絮``, ``监督执法股-利晚棠``, ``办公室-怀芷汀``); the post stands in a
  merged ``岗位`` column of the table.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 市海洋与渔业局's 内设机构 and its
直属单位; a 县's first 野生动物救护站 (收容救护, 疫源疫病监测, 宣传); a 县局兽药饲料监察所 checking 养殖场's
兽医室 and 饲料加工房; a 苗圃管理方案 (技术员, 绿化员, 苗木购进和出苗); 县级教研机构 and their 教研员; a
区蚕桑站 at 春蚕种 发放 (催青, 培训, 蚕桑专用物资); 地方美术馆 and their 藏品; a 政府办's 公务接待管理制度
(用餐通知单, 定点, 陪餐人数); a 镇's 政府职权 catalogue (党政办公室, 财政经济和乡村振兴办公室, 综合便民服务中心,
综合行政执法大队)) and the layout follows their words. The rows are worded by us, the names
invented.

Run ``python tests/published/score.py --set batch136`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b136_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a sheet's tab ``检验室-南宫絮`` on a 自查表 with no 姓名 or 科室 field names its 科室 (检验室) and holder
  (南宫絮); the post is the table's merged ``岗位`` cell; the blank ``自查人（签名）：`` names nobody;
- a template's hint row in brackets under the header (``（高、中、低）`` …) is no point and no holder;
- ``渔政监督大队（渔港监督站）`` (one office under two names) is the 科室 as written; the 局's 大队 is a 科室;
- ``负责学科`` (``初中语文``) is neither point, post nor holder; ``/`` there is blank;
- in a 镇's 汇总表 a column headed ``单位`` listing the 镇's own offices (党政办公室, 综合便民服务中心 …) is
  the 科室 column, the 镇 of the title the unit (a 乡镇's own 站/所 and 办 are 科室 of the 乡镇);
- ``责任领导``, ``监督人`` and ``监督责任人`` name the one who watches, never the row's holder; ``备注`` is no
  point;
- 局长/副局长, 站长/副站长 of a county 站, 主任/副主任 of the 苗圃, the 教研室 and the 接待办, 馆长/副馆长, 党委书记
  and 镇长 are leaders; 科长, 股长, 大队长, 队长, 办公室主任, the 主任 of a 检验室, 部, 办 or 中心 (典藏部, 中学部,
  党政办公室, 综合便民服务中心 …) middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b136_"
PLACE = "赣榆县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
RESAVED: tuple[str, ...] = ()


def _person_rows(sh: _Sheet, first: int, dept_col: int, post_col: int, person_col: int) -> None:
    """Merge the 科室 column over its runs and the post and holder over each person's rows."""
    per_person = lambda row: (row[dept_col], row[post_col], row[person_col])  # noqa: E731
    _merge_down(
        sh,
        first,
        [(dept_col, lambda row: row[dept_col]), (post_col, per_person), (person_col, per_person)],
    )


# --------------------------------------------------------------------------- harder layout


def vet_drug_tabs_only() -> dict:
    unit = f"{PLACE}兽药饲料监察所"
    t = _Truth(unit)
    people = [
        ("检验室", "南宫絮", "主任", "middle", [
            ("兽药、饲料样品检验", "检验结果出具前向被检企业透露检验数据", "一级",
             "检验数据实行编码盲样管理,检验报告经复核、批准两级签发。"),
            ("兽药、饲料样品检验", "对关系企业送检样品降低检验标准,出具合格报告", "一级",
             "检验标准和方法公开,不合格样品复检由另一检验员完成。"),
            ("试剂耗材管理", "检验试剂、耗材验收不严,虚报用量", "二级",
             "试剂耗材出入库登记,用量与检验批次每月核对。"),
        ]),
        ("监督执法股", "利晚棠", "股长", "middle", [
            ("兽药经营监督检查", "日常检查走过场,对过期、违禁兽药查处不严", "一级",
             "检查两人以上,检查情况现场拍照、当事人签字确认。"),
            ("罚没物品管理", "没收的过期兽药登记不全,私自处理", "二级",
             "罚没兽药当场清点造册,集中销毁时纪检人员到场监督。"),
            ("养殖环节监管", "对未建兽药饲料使用记录台账的养殖场以教代罚、降格处理", "二级",
             "处罚裁量按基准执行,处理结果报所务会备案。"),
            ("监督检查", "检查中接受养殖场、经营企业宴请", "三级", "签订廉洁执法承诺书,公开举报电话。"),
        ]),
        ("办公室", "怀芷汀", "会计", "general", [
            ("经费报销", "抽检样品购置费报销审核不严,虚列样品费", "二级",
             "样品购置凭抽样单、发票和收样记录报销,三者逐一核对。"),
            ("罚没款管理", "罚没款收缴不及时,票款不符", "一级", "罚没款当日缴入财政专户,票据专人领用核销。"),
            ("办公用品采购", "办公用品采购不比价,采购与验收一人包办", "三级",
             "办公用品定点采购,采购和验收分设两人。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for dept, who, post, tier, items in people:
        sh = _Sheet(f"{dept}-{who}", [6, 10, 16, 34, 9, 34])
        _line(sh, f"{unit}岗位廉政风险自查表", 6)
        r = sh.add(None, None, None, "填表日期：2024年8月", None, None)
        sh.merge(r, 3, r, 5)
        sh.add("序号", "岗位", "主要职责", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (duty, point, lv, measures) in enumerate(items, 1):
            sh.add(n, post, duty, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[2])])
        sh.add()
        r = sh.add("自查人（签名）：", None, None, "所长审核意见：", None, None)
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 5)
        sh.add(None, None, None, None, None, "年　月　日")
        sheets.append(sh)
    return _layout(
        "vet_drug_tabs_only", "http://ar114.com.cn/news/show-27643.html",
        "(harder) 县兽药饲料监察所 岗位廉政风险自查表 after the source's account of a 县局兽药饲料监察所 checking three "
        "养殖场's 兽医室 and 饲料加工房 (过期兽药, 包装标示, 违禁添加剂, 使用记录台账; the expired drugs 没收, a 警告): "
        "one sheet a person, the template's title ``赣榆县兽药饲料监察所岗位廉政风险自查表`` and a ``填表日期：2024年8月`` "
        "cell, NO 姓名 or 科室 field above the table; the TAB names the 科室 and the holder (``检验室-南宫絮``, "
        "``监督执法股-利晚棠``, ``办公室-怀芷汀``); 序号/岗位 merged down (主任, 股长, 会计: the post)/主要职责 merged "
        "per run/风险点/风险等级 一级/二级/三级/防控措施; no type column; under it a BLANK ``自查人（签名）：`` (signed by "
        "hand) beside ``所长审核意见：`` and ``年　月　日``",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ocean_fishery_bureau_list() -> dict:
    unit = f"{PLACE}海洋与渔业局"
    sh = _Sheet("一览表", [6, 14, 10, 9, 32, 14, 8, 32, 14])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报时间：2024年6月", None, None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "责任领导")
    squad = "渔政监督大队（渔港监督站）"
    watch = "派驻纪检监察组"
    rows = [
        ("局领导", "局长", "赫连朔", "用海项目审核、渔业专项资金分配不经党组会集体研究", "制度机制风险", "高",
         "严格执行“三重一大”集体决策制度,会议纪要存档备查。", watch, "leader"),
        ("局领导", "局长", "赫连朔", "插手干预渔港、海堤工程招标", "岗位职责风险", "高",
         "工程项目一律进入公共资源交易平台,领导干部插手干预登记报告。", watch, "leader"),
        ("局领导", "副局长", "胥浦帆", "渔船更新改造补助审核中照顾关系户", "思想道德风险", "中",
         "补助对象和金额经局务会审定并公示七天。", watch, "leader"),
        ("办公室", "主任", "蔚澄潮", "公务用车、公务接待超标准,费用虚列", "制度机制风险", "低",
         "用车、接待先审批后实施,费用按月在局内公开。", "赫连朔", "middle"),
        ("办公室", "会计", "关汐月", "渔业油价补贴资金拨付与审核结果不符", "业务流程风险", "中",
         "补贴资金按审核名单直接拨付到户,拨付明细与审核表逐笔核对。", "赫连朔", "general"),
        ("海域海岛管理科", "科长", "战岸青", "海域使用权审核把关不严,为不符合功能区划的项目出具意见", "岗位职责风险",
         "高", "海域使用审核实行科室初审、分管领导复核,论证报告专家评审。", "胥浦帆", "middle"),
        ("海域海岛管理科", "科长", "战岸青", "海域使用金征收中违规减免、缓缴", "制度机制风险", "高",
         "减免、缓缴按规定报批,征收情况每季度与财政部门对账。", "胥浦帆", "middle"),
        ("渔业渔政管理科", "科长", "耿砺舟", "渔业捕捞许可证核发中优亲厚友,超指标发证", "岗位职责风险", "高",
         "捕捞许可指标和发证名单公开,发证实行系统审批留痕。", "胥浦帆", "middle"),
        (squad, "大队长", "都屿白", "伏季休渔期间对违规出海渔船查处不力,通风报信", "外部环境风险", "高",
         "休渔期巡查实行轨迹记录,查处结果每周报局领导。", "胥浦帆", "middle"),
        (squad, "执法队员", "贡潮生", "扣押渔具、渔获物私自处理", "业务流程风险", "中",
         "扣押物品当场清点造册,两人签字,统一入库保管。", "胥浦帆", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, leader, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(8, lambda row: (row[1], row[8]))])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add(
        "单位负责人签字:", None, None, None, "填表人:", None, None, "联系电话：0518-86120457", None
    )
    return _layout(
        "ocean_fishery_bureau_list",
        "https://newton.com.tw/wiki/%E6%B1%95%E9%A0%AD%E5%B8%82%E6%B5%B7%E6%B4%8B%E8%88%87%E6%BC%81%E6%A5%AD%E5%B1%80/9310493",
        "县海洋与渔业局 岗位廉政风险点一览表 after the source's account of a 市海洋与渔业局 (海域使用 审核 and 海域使用金, "
        "渔业捕捞许可, 渔船, 海堤 and 渔港, its 内设机构 and 直属单位): ``附件1``, the title, a line ``填报单位（盖章）：… | "
        "填报时间：2024年6月``, then 序号/科室 merged (局领导, 办公室, 海域海岛管理科, 渔业渔政管理科 and the 局's own "
        "``渔政监督大队（渔港监督站）``, one office under two names)/岗位 and 姓名 merged per person (the compound surname "
        "``赫连朔``)/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施/a last ``责任领导`` column merged per 科室 naming "
        "the 局长 赫连朔 or the 副局长 胥浦帆 (both holders too), ``派驻纪检监察组`` over the 局领导's rows; 单位负责人签字/"
        "填表人/联系电话 line",
        [sh], t,
    )  # fmt: skip


def wildlife_station_hint_row() -> dict:
    unit = f"{PLACE}野生动物保护站"
    sh = _Sheet("排查表", [6, 12, 10, 10, 32, 16, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    sh.add(None, "（填写股室名称）", "（填写岗位名称）", "（填写本人姓名）", "（一个风险点填一行）",
           "（思想道德、制度机制、岗位职责、业务流程、外部环境，选填）", "（高、中、低）",
           "（针对风险点逐条填写）")  # fmt: skip
    rows = [
        ("站领导", "站长", "须鹤年", "救护基地建设、救护设备采购不经站务会研究", "制度机制", "高",
         "建设和采购项目经站务会集体研究,按政府采购程序实施。", "leader"),
        ("站领导", "站长", "须鹤年", "野生动物人工繁育、经营利用许可初审中收受好处", "岗位职责", "高",
         "许可初审两人以上现场核查,初审意见站务会集体审定。", "leader"),
        ("站领导", "副站长", "伯雁回", "野生动物致害补偿核定不实,为关系户多核面积", "外部环境", "中",
         "致害损失现场核定拍照,补偿名单在村组公示。", "leader"),
        ("救护股", "股长", "富苇声", "收容救护的野生动物去向不明,私自送人或出售", "岗位职责", "高",
         "救护动物建立个体档案,放归、移交、死亡处理全程登记留影。", "middle"),
        ("救护股", "饲养员", "国晓鹭", "救护动物饲料、药品虚报冒领", "业务流程", "中",
         "饲料药品按日登记消耗,每月与库存核对。", "general"),
        ("监测股", "股长", "东方岚汀", "疫源疫病监测数据漏报、迟报", "岗位职责", "中",
         "监测数据日报告制度,异常情况两小时内上报。", "middle"),
        ("监测股", "监测员", "通禾穗", "野外巡护记录造假,虚报巡护天数领取补助", "思想道德", "中",
         "巡护轨迹由系统记录,补助按轨迹核定。", "general"),
        ("办公室", "会计", "益沐禾", "救护专项资金挤占挪用", "制度机制", "高", "专项资金专账核算,支出经站长审批。",
         "general"),
        ("办公室", "会计", "益沐禾", "宣传活动经费报销票据不实", "制度机制", "低",
         "宣传活动附方案、签到和照片报销。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人:", None, "股室负责人:", None, "站长审核:", None, "2024年7月", None)
    return _layout(
        "wildlife_station_hint_row", "http://co.zgjrw.com/yw/2022/0609/35822.html",
        "县野生动物保护站 廉政风险点排查表 after the source's notice of a 县's first 野生动物救护站 (收容救护 of 受伤、"
        "病弱、饥饿、受困、迷途 animals; 设备室、治疗室、观察室; 野生动物调查, 疫源疫病监测, 宣传): the title, then 序号/"
        "股室/岗位/姓名/风险点/风险类型/风险等级/防控措施 and, under it, the template's HINT ROW left in, each in brackets "
        "(``（填写股室名称）``, ``（填写岗位名称）``, ``（填写本人姓名）``, ``（一个风险点填一行）``, ``（思想道德、制度机制、"
        "岗位职责、业务流程、外部环境，选填）``, ``（高、中、低）``, ``（针对风险点逐条填写）``); 股室 merged (站领导, 救护股, "
        "监测股, 办公室), 岗位 and 姓名 merged per person (the compound surname ``东方岚汀``), short types, 高/中/低; "
        "填表人/股室负责人/站长审核/date",
        [sh], t,
    )  # fmt: skip


def nursery_posts_roles() -> dict:
    unit = f"{PLACE}国营柘塘苗圃"
    sh = _Sheet("清单", [6, 12, 10, 24, 32, 10, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 8)
    sh.add("序号", "部门", "岗位", "岗位职责", "风险点", "风险等级", "防控措施", "责任领导")
    rows = [
        ("圃领导", "主任", "主持全面工作,负责财务和基建", "苗圃土地对外出租不经集体研究,租金低于市场价",
         "高风险", "土地出租方案经圃务会研究,进入农村产权交易平台公开竞租。", "主任", "leader"),
        ("圃领导", "主任", "主持全面工作,负责财务和基建", "圃内道路、灌溉设施维修指定施工队", "高风险",
         "维修项目三家比选,验收由生产技术股和财务室共同签字。", "主任", "leader"),
        ("圃领导", "副主任", "分管生产和苗木经营", "苗木出圃价格随意调整,向关系单位低价供苗", "高风险",
         "苗木价格每年经圃务会核定并公开,特价销售须集体研究。", "主任", "leader"),
        ("生产技术股", "股长", "负责育苗计划和苗木质量", "种子、容器袋采购中收受供应商好处", "中风险",
         "采购三家以上询价,验收两人签字。", "分管副主任", "middle"),
        ("生产技术股", "技术员", "负责苗木培育和出圃检验", "出圃苗木检验放宽标准,以次充好", "中风险",
         "出圃苗木抽样检验,检验记录随苗木调拨单存档。", "分管副主任", "general"),
        ("苗木经营股", "股长", "负责苗木销售和合同管理", "苗木销售合同不按规定签订,赊销款长期不收回", "高风险",
         "销售合同统一文本,赊销经主任审批,欠款按月清理。", "分管副主任", "middle"),
        ("苗木经营股", "销售员", "负责苗木现场销售", "现场销售收现金不入账,少开票", "中风险",
         "销售一律扫码入账,每日销售清单与出圃单核对。", "分管副主任", "general"),
        ("财务室", "会计", "负责会计核算", "临时用工工资表虚列人员、虚报工日", "中风险",
         "用工工资凭考勤表和现场记录发放,工资表由用工股室负责人签字。", "主任", "general"),
        ("财务室", "出纳", "负责现金和票据管理", "坐收坐支,公款私存", "低风险", "现金日清月结,会计每月盘点库存现金。",
         "主任", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, duty, point, lv, measures, leader, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, duty, point, lv, measures, leader)
        t.point(sh.name, dept, post, "", tier, point, [], WORDS[lv])
    per_post = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(
        sh,
        first,
        [(1, lambda row: row[1]), (2, per_post), (3, lambda row: (row[1], row[2], row[3]))],
    )
    sh.add()
    sh.add("填报人:", None, None, "审核人:", None, None, "2024年9月", None)
    return _layout(
        "nursery_posts_roles", "https://xiexiebang.com/a2/2019051218/4d3f8fec31182269.html",
        "县国营苗圃 岗位廉政风险防控清单 对岗不对人 after the source's 苗圃管理方案 (人员安排: a 技术员, a 绿化员, 临时工 "
        "at 苗木购进和出苗; 成活率 and 经费 targets): 序号/部门 merged (圃领导, 生产技术股, 苗木经营股, 财务室)/岗位 "
        "merged per post/岗位职责 merged per post/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/a last ``责任领导`` "
        "column holding ROLES (``主任``, ``分管副主任``), no names anywhere; no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def teaching_research_subjects() -> dict:
    unit = f"{PLACE}教学研究室"
    sh = _Sheet("Sheet1", [6, 10, 10, 10, 9, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add("序号", "部门", "岗位", "负责学科", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("室领导", "主任", "/", "相砚池", "全县教学质量评价方案和结果审定不经室务会研究", "制度机制", "Ⅰ级",
         "评价方案和结果经室务会集体审定,结果向学校反馈。", "leader"),
        ("室领导", "主任", "/", "相砚池", "推荐教辅资料时倾向特定出版商", "外部环境", "Ⅰ级",
         "教辅资料推荐目录由学科组集体评议,按规定公示。", "leader"),
        ("室领导", "副主任", "/", "师松涛", "优质课、教学能手评选中打招呼、说人情", "思想道德", "Ⅱ级",
         "评委随机抽取,评分当场公开,评选结果公示。", "leader"),
        ("中学部", "主任", "中学物理", "辛问渠", "中考命题人员选派不回避亲属考生", "制度机制", "Ⅰ级",
         "命题人员签订回避和保密承诺,亲属参考的一律回避。", "middle"),
        ("中学部", "教研员", "初中语文", "秋知夏", "期末统考试题命制后泄露试题", "岗位职责", "Ⅰ级",
         "命题实行封闭管理,试题交接签字登记。", "general"),
        ("中学部", "教研员", "高中数学", "从澄心", "组织学科竞赛向学生收费,收入不入账", "业务流程", "Ⅱ级",
         "竞赛一律不收费,必要经费由财政保障。", "general"),
        ("中学部", "教研员", "高中数学", "从澄心", "课题立项评审中为熟人课题打高分", "思想道德", "Ⅲ级",
         "课题评审实行匿名评审,评审意见存档。", "general"),
        ("小学部", "主任", "小学科学", "权桐语", "送教下乡、培训活动虚报人数套取经费", "业务流程", "Ⅱ级",
         "培训签到表、照片和课件存档,经费据实报销。", "middle"),
        ("小学部", "教研员", "小学英语", "山岫云", "在学校调研中接受宴请、礼品", "外部环境", "Ⅲ级",
         "下校调研就餐执行公务接待规定,签订廉洁承诺。", "general"),
        ("小学部", "教研员", "小学英语", "山岫云", "向学校推销练习册、学习软件", "岗位职责", "Ⅱ级",
         "严禁教研员向学校推荐、推销教辅材料,设立举报电话。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, subject, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, subject, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: (row[1], row[2], row[4])  # noqa: E731
    _merge_down(
        sh,
        first,
        [(1, lambda row: row[1]), (2, per_person), (3, per_person), (4, per_person)],
    )
    sh.add()
    sh.add("填表人:", None, None, None, "审核人:", None, None, "2024年10月", None)
    return _layout(
        "teaching_research_subjects",
        "https://tkxjnxx.30edu.com.cn/Article/d35af760-8641-499b-ae5f-67d945c2feed.shtml",
        "县教学研究室 岗位廉政风险点一览表 after the source's account of 县级教研机构 (the 腰部 of a four-level 教研 system, "
        "教研员, 教研训一体化 with 培训 and 电教): 序号/部门 merged (室领导, 中学部, 小学部)/岗位/a ``负责学科`` column "
        "(``/`` for the 室领导, ``中学物理``, ``初中语文``, ``高中数学``, ``小学科学``, ``小学英语``)/姓名 — 岗位, 学科 and 姓名 "
        "merged per person, two 教研员 in each 部/风险点/风险类型 (short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def sericulture_station_no_dept() -> dict:
    unit = f"{PLACE}蚕桑技术指导站"
    sh = _Sheet("一览表", [6, 12, 9, 34, 14, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    _line(sh, f"单位：{unit}{GAP * 10}填表时间：2024年5月", 8)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "备注")
    rows = [
        ("站长", "姬柘川", "蚕桑产业项目扶持资金分配不公开,向关系户倾斜", "制度机制风险", "一级",
         "扶持对象和资金额度经站务会研究,名单公示。", None, "leader"),
        ("站长", "姬柘川", "蚕桑专用物资集中采购指定供应商", "岗位职责风险", "一级",
         "物资采购按政府采购程序,验收三人以上签字。", None, "leader"),
        ("副站长", "赖采薇", "春蚕种发放数量与订种数量不符,截留倒卖蚕种", "业务流程风险", "二级",
         "订种、发种两本台账,发种按乡镇公示,蚕农签字领取。", None, "leader"),
        ("蚕种检验员", "松晴柔", "蚕种质量检验放宽标准,对不合格蚕种出具合格意见", "岗位职责风险", "一级",
         "检验样本留存备查,检验结果两人复核。", None, "general"),
        ("技术指导员", "初芸生", "技术培训虚报参训人数、天数", "思想道德风险", "三级",
         "培训签到表、照片存档,补助按实到人数发放。", "新增", "general"),
        ("技术指导员", "初芸生", "桑园面积核查不实,虚增补贴面积", "外部环境风险", "二级",
         "桑园面积实地丈量,村组、蚕农签字确认。", None, "general"),
        ("会计", "庆梧秋", "项目资金报账审核不严,白条入账", "制度机制风险", "二级",
         "报账凭证三级审核,不合规票据一律退回。", "兼出纳", "general"),
        ("会计", "庆梧秋", "现金保管不善,公款私存", "制度机制风险", "三级", "现金日清月结,站长每月抽查。", "兼出纳",
         "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures, note, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures, note)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: (row[1], row[2])  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("站长签字:", None, None, "填表人:", None, None, None, None)
    return _layout(
        "sericulture_station_no_dept", "http://www.esilk.net/news_show.aspx?id=32658",
        "县蚕桑技术指导站 岗位廉政风险点一览表 after the source's note of a 区蚕桑技术推广站 at 春蚕种 发放 (订种, 催青, "
        "发种, 技术培训, 蚕桑专用物资): the title, ONE merged line ``单位：赣榆县蚕桑技术指导站　…　填表时间：2024年5月``, "
        "then 序号/岗位/姓名 — NO 科室 column; 岗位 and 姓名 merged per person (站长, 副站长, 蚕种检验员, 技术指导员, 会计)/"
        "风险点/风险类别 ``…风险``/风险等级 一级/二级/三级/防控措施/``备注`` (``新增`` on one row, ``兼出纳`` on the 会计's "
        "rows); 站长签字/填表人",
        [sh], t,
    )  # fmt: skip


def art_gallery_cards() -> dict:
    unit = f"{PLACE}美术馆"
    t = _Truth(unit)
    cards = [
        ("馆长", "西门墨卿", "馆长", "馆领导", "leader", "主持全馆工作,负责藏品征集、展览和财务管理。",
         "主管局纪检组", [
             ("藏品征集收购价格不经专家评估,向关系人高价收购", "制度机制", "★★★",
              "藏品征集经专家委员会评估定价,收购方案馆务会集体研究。"),
             ("展览项目承办单位指定,不比选", "岗位职责", "★★★", "展览布展服务按规定比选,比选结果公示。"),
             ("接受书画家赠送作品不登记", "思想道德", "★★", "受赠作品一律登记入藏,严禁个人收受。"),
         ]),
        ("副馆长", "修砚冰", "副馆长", "馆领导", "leader", "协助馆长工作,分管公共教育和安全保卫。", "馆长", [
            ("公益培训班招生中收取额外费用", "业务流程", "★★", "培训班一律免费,报名名单公示。"),
            ("安防设备维保服务验收走过场", "岗位职责", "★★", "维保记录每月核查,验收两人签字。"),
            ("场地对外借用不审批,收费不入账", "制度机制", "★★★", "场地借用经馆务会审批,收费统一入账。"),
        ]),
        ("典藏部主任", "衣素绢", "主任", "典藏部", "middle", "负责藏品保管、登记编目和库房管理。", "分管副馆长", [
            ("藏品出入库手续不全,借展藏品逾期不归", "制度机制", "★★★", "藏品出入库凭馆长审批单,借展合同约定归还时间。"),
            ("藏品登记编目不全,账物不符", "业务流程", "★★", "藏品总账、分类账每年核对一次,库房双人双锁。"),
            ("藏品修复外包指定单位", "外部环境", "★", "修复单位从资质名录中比选,修复方案专家论证。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, dept, tier, duty, watcher, items in cards:
        sh = _Sheet(tab, [6, 32, 12, 10, 32, 14])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("持卡人", who, "职务", post, "所在部门", dept)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "监督人")
        first = len(sh.rows)
        for n, (point, typ, lv, measures) in enumerate(items, 1):
            sh.add(n, point, typ, lv, measures, watcher)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
        _merge_down(sh, first, [(5, lambda row: row[5])])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 6)
        sh.add("持卡人签字：", None, None, "监督人签字：", None, None)
        sheets.append(sh)
    return _layout(
        "art_gallery_cards", "http://www.qikan.com.cn/article/4d5c20234401.html",
        "县美术馆 岗位廉政风险防控卡 after the source's study of 地方美术馆 and their 藏品体系 (藏品普查, 藏品管理薄弱, "
        "收藏和捐赠): one card a sheet, tabs ``馆长``, ``副馆长``, ``典藏部主任``; the title, then ``持卡人 | 西门墨卿 | 职务 | "
        "馆长 | 所在部门 | 馆领导`` in one row (the compound surname 西门), a merged ``岗位职责`` row, then 序号/风险点/风险类型 "
        "(short names)/风险等级 ``★★★/★★/★``/防控措施/``监督人`` merged down holding a ROLE (``主管局纪检组``, ``馆长``, "
        "``分管副馆长``); under it the note ``注：★★★为高风险，★★为中风险，★为低风险。`` and 持卡人签字/监督人签字",
        sheets, t,
    )  # fmt: skip


def reception_office_watchers() -> dict:
    unit = f"{PLACE}人民政府接待办公室"
    sh = _Sheet("排查表", [6, 10, 10, 9, 16, 30, 12, 8, 30, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 10)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "表现形式", "风险类型", "风险等级", "防控措施",
           "监督责任人")  # fmt: skip
    rows = [
        ("办领导", "主任", "公冶临川", "接待定点单位确定", "接待定点饭店、宾馆不经集体研究确定,向关系单位倾斜",
         "制度机制风险", "高", "定点单位经主任办公会研究,按政府采购程序确定并公开。", "/", "leader"),
        ("办领导", "副主任", "由晚舟", "重大接待方案", "重大接待活动方案超标准安排,层层加码", "岗位职责风险", "中",
         "接待方案按标准编制,报主任审批后实施。", "公冶临川", "leader"),
        ("综合科", "科长", "矫听澜", "接待经费预算", "接待经费预算编制虚高,预算外追加随意", "制度机制风险", "中",
         "预算经主任办公会研究,追加须书面报批。", "由晚舟", "middle"),
        ("接待科", "科长", "阳舒棠", "用餐通知单", "无公函接待,凭口头通知安排用餐", "业务流程风险", "高",
         "来客凭公函和用餐通知单接待,无单据一律不予结算。", "由晚舟", "middle"),
        ("接待科", "科长", "阳舒棠", "陪餐人数", "陪餐人数超过规定,借接待之机吃喝", "思想道德风险", "中",
         "陪餐人数按规定控制,接待清单如实填写陪餐人员。", "由晚舟", "middle"),
        ("接待科", "接待员", "慎思蘅", "住宿安排", "住宿标准超出差旅标准,安排豪华套房", "岗位职责风险", "中",
         "住宿凭住宿通知单安排,房型按来客职级确定。", "由晚舟", "general"),
        ("接待科", "接待员", "慎思蘅", "接待用品领用", "接待用烟酒、纪念品领用不登记,私自带走", "外部环境风险", "低",
         "接待一律不用高档烟酒,用品领用登记签字。", "由晚舟", "general"),
        ("财务科", "会计", "赖霁岚", "接待费结算", "接待费结算附件不全,以会议费、培训费名义列支", "制度机制风险", "高",
         "接待费凭公函、审批单、接待清单和发票结算,按月公开。", "公冶临川", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, typ, lv, measures, watcher, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures, watcher)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人:", None, None, None, "审核人:", None, None, "2024年11月", None, None)
    return _layout(
        "reception_office_watchers", "http://mswk.cn/Article/ShowArticle.asp?ArticleID=96893",
        "县人民政府接待办公室 岗位廉政风险排查表 after the source's 办公室公务接待管理制度 (接待范围, 定点餐馆和宾馆, "
        "陪餐人数, 《用餐通知单》《住宿通知单》 approved by the 主任, 结账): 序号/科室 merged (办领导, 综合科, 接待科, "
        "财务科)/岗位 and ``责任人`` merged per person/a short ``风险点`` (接待定点单位确定, 用餐通知单 …) beside a long "
        "``表现形式``/风险类型 ``…风险``/风险等级 高/中/低/防控措施/a last ``监督责任人`` naming the 主任 公冶临川 (compound "
        "surname) or the 副主任 由晚舟 (both holders too), ``/`` on the 主任's own row; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def town_offices_unit_column() -> dict:
    unit = f"{PLACE}莒岚镇"
    sh = _Sheet("汇总", [6, 18, 10, 9, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}镇直单位岗位廉政风险排查汇总表", 8)
    r = sh.add(f"填报单位：{unit}（盖章）", None, None, None, None, "2024年8月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "单位", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("镇领导班子", "党委书记", "初望川", "重大项目、大额资金使用不经党委会集体研究", "制度机制", "高",
         "严格执行“三重一大”集体决策制度,会议纪要存档。", "leader"),
        ("镇领导班子", "镇长", "胥晓岱", "政府投资小型工程化整为零,规避招标", "岗位职责", "高",
         "小型工程按限额进入镇公共资源交易平台。", "leader"),
        ("党政办公室", "主任", "蔚青禾", "公务接待、公车使用超标准", "制度机制", "中", "接待、用车先审批后实施,按季公开。",
         "middle"),
        ("党政办公室", "会计", "井澄溪", "村级财务代理记账中白条入账", "业务流程", "中",
         "代理记账凭证经村务监督委员会签字,不合规票据退回。", "general"),
        ("财政经济和乡村振兴办公室", "主任", "修远岑", "惠农补贴资金发放对象审核不严,冒领套取", "岗位职责", "高",
         "补贴对象村级公示、镇级审核,资金通过“一卡通”发放。", "middle"),
        ("财政经济和乡村振兴办公室", "主任", "修远岑", "衔接资金项目验收走过场", "业务流程", "中",
         "项目验收邀请村民代表参加,验收结果公示。", "middle"),
        ("社会事务办公室", "民政助理员", "衣晴岚", "低保、特困对象认定优亲厚友", "思想道德", "高",
         "低保对象入户调查、民主评议、张榜公示。", "general"),
        ("综合便民服务中心", "主任", "山望舒", "办理事项吃拿卡要,故意拖延", "外部环境", "低",
         "办理事项一次性告知,办结时限公开。", "middle"),
        ("综合行政执法大队", "队长", "战朗峰", "违法建设查处降格处理,以罚代拆", "岗位职责", "高",
         "查处决定集体研究,执法全过程记录。", "middle"),
        ("综合行政执法大队", "队长", "战朗峰", "暂扣物品登记不全,私自处理", "制度机制", "低",
         "暂扣物品当场清单签字,统一入库。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("镇纪委书记签字:", None, None, None, "填表人:", None, None, None)
    return _layout(
        "town_offices_unit_column",
        "http://www.shangyou.gov.cn/syxxxgk/bjzfjsseh/202101/f9cff1b80bda4e1b8f0ffda523f26b6a.shtml",
        "镇 镇直单位岗位廉政风险排查汇总表 after the source's 政府职权信息公开目录 of a 镇 (its 党政办公室, 党建办公室, "
        "财政经济和乡村振兴办公室, 社会事务办公室, 综合便民服务中心, 综合行政执法大队; the 镇会计, 食堂管理员, 驾驶员): "
        "the title ``赣榆县莒岚镇镇直单位岗位廉政风险排查汇总表``, a ``填报单位：赣榆县莒岚镇（盖章） | 2024年8月`` "
        "line, then 序号/a 科室 column headed ``单位`` merged (镇领导班子, 党政办公室, 财政经济和乡村振兴办公室, 社会事务"
        "办公室, 综合便民服务中心, 综合行政执法大队: the 镇's own offices)/岗位 and 姓名 merged per person/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; 镇纪委书记签字/填表人",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    vet_drug_tabs_only(),
    ocean_fishery_bureau_list(),
    wildlife_station_hint_row(),
    nursery_posts_roles(),
    teaching_research_subjects(),
    sericulture_station_no_dept(),
    art_gallery_cards(),
    reception_office_watchers(),
    town_offices_unit_column(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch136-inbox"))
