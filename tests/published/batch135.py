"""A hundred-and-thirty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — a 社区, a
村, a 镇's 站所, a 镇中心卫生院, a rural 中学, the 青少年校外活动中心, a 闸站管理所, the county's 砂石
company and a 渔港 company — each sending its 一览表 / 排查表 / 清单 / 卡 the way such offices do, every
one of them in an invented corner of 灌云县 (its towns 涞圩镇, 鹳沙镇, 棠埠镇, its 菖溪街道, the 茆圩村,
the 云帆社区 and the 鹳河 invented too):

- a 镇's 站所 排查表 (``站所`` merged: 财政所, 农业农村服务中心, 退役军人服务站, 社会事业服务中心) whose
  level is a ``✓`` under ``风险等级`` split into ``高 | 中 | 低`` (a two-row header), ``…风险`` types,
  a ``填报单位（盖章）：… | 填报日期：…`` line above it;
- a 村's 小微权力 一览表 where ONE man holds two posts (``党总支书记`` and ``村委会主任`` on rows of their
  own, 岗位 merged per post but 姓名 merged over all four rows), a last ``监督人`` column naming the
  村务监督委员会主任 on every row, levels ``A/B/C`` read by a note under the table;
- a 镇中心卫生院 一览表 with TWO department columns, ``科室类别`` (领导班子, 职能科室, 医技科室, 临床科室,
  公共卫生) then ``科室`` (院领导, 医保办, 财务科, 药房, 检验科, 内科, 公共卫生科), short types, 一级/二级/三级;
- a rural 中学's 排查表 with a SHORT ``产生原因`` column (``利益驱动``, ``监管不到位``) beside the long
  ``风险点``, 高/中/低, no type column;
- the 青少年校外活动中心's 岗位廉政风险防控卡 one a sheet (tabs ``主任卡``, ``培训部部长卡``, ``会计卡``):
  ``部　　门 | … | 岗　　位 | … | 持 卡 人 | …`` and a merged ``岗位职责`` row above the table, a
  ``防控时限`` column, ``高风险/中风险/低风险``, an unsigned 持卡人/分管领导 line;
- a 闸站管理所 一览表 by 班组 (所领导, 综合组, 运行组, 维护组, 监测组), the holder headed ``在岗人员``,
  ``…风险`` types and ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 砂石资源开发有限公司's 清单 对岗不对人 by ``业务流程`` whose department stands in ``主责部门`` beside a
  ``主责岗位`` — and a last ``配合部门`` column of other department names (财务部, 综合部, 纪检室);
- a 渔港开发有限公司's 排查表 whose holder column is headed ``姓名（工号）`` and every cell holds a name and a
  staff number in brackets (``佘临渊（YG001）``).

One is harder:

- ``yunfan_community_name_and_phone``: a 社区's 居务事项 廉洁风险防控清单 shaped like the 居务公开目录 it
  follows (``类别`` merged, ``居务事项`` over ``一级事项 | 二级事项``), its holder in a last column
  ``责任人及联系电话`` whose every cell is the NAME, a line break, then a MOBILE NUMBER
  (``郇晏清⏎13905127346``), beside a ``责任岗位`` column.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (an A镇's 行政成本 and 部门预算; the
温岭 清廉村居 方案 (村级小微权力, 村务监督委员会); a 社区's 居务公开事项标准目录 (一级事项/二级事项, 公开主体);
a 乡村卫生院 whose 院长, 副院长 and 医生 took the 新农合 fund with made-up 住院处方; the nine 教辅征订 行为
a 教育局 asked parents to report; a 少年宫's 收费培训 and 公益; a 水利工程管理站 with its 运行组、维护组、监测组、
综合组; 砂石 开采、运输、销售 and 人情砂; a 省's 渔港和渔船管理 rules (进出港, 靠泊)) and the layout follows
their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch135`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b135_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``郇晏清⏎13905127346`` under ``责任人及联系电话`` is the holder 郇晏清; the number is his telephone, no
  post and no holder; ``一级事项``/``二级事项`` are the line of work, no 科室 and no point; a 社区 has no
  department;
- one man under two posts (``党总支书记`` and ``村委会主任``, 一肩挑 but listed apart) holds two forms, one a
  post, even where his name is merged over both; the ``监督人`` names the one who watches, no holder;
- ``A/B/C`` are 高/中/低 as the note under the 村's table says;
- ``科室类别`` groups the ``科室`` column and is no 科室: the form's 科室 is the ``科室`` cell (``院领导``
  for the 院长);
- ``产生原因`` says why a risk arises; it is neither the point nor its description;
- ``主责部门`` is the 科室 and ``主责岗位`` the post; ``配合部门`` names another department that helps, never
  the row's 科室;
- ``佘临渊（YG001）`` under ``姓名（工号）`` is 佘临渊, the bracket his staff number;
- a ``✓`` under ``高 | 中 | 低`` is the level of its column; the ``填报单位（盖章）：灌云县涞圩镇人民政府``
  line names the unit (the title says only ``灌云县涞圩镇站所…``), its 站所 are 科室;
- 书记、主任 of a 社区 or 村, 院长, 副院长, 校长, 副校长, the 中心's 主任, 所长, 董事长, 总经理 and 副总经理 are
  leaders; 居委会副主任, 村委会副主任, the 镇's 所长/主任/站长, 科主任, 医保办主任, 科长, 处室 主任, 部长 and
  组长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b135_"
PLACE = "灌云县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
LETTERS = {"A": 1, "B": 2, "C": 3}
TICK = "✓"
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


def yunfan_community_name_and_phone() -> dict:
    unit = f"{PLACE}菖溪街道云帆社区"
    sh = _Sheet("清单", [5, 10, 12, 14, 32, 8, 32, 14, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}居务事项廉洁风险防控清单", 9)
    r = sh.add("序号", "类别", "居务事项", None, "风险点", "风险等级", "防控措施", "责任岗位",
               "责任人及联系电话")  # fmt: skip
    sh.add(None, None, "一级事项", "二级事项", None, None, None, None, None)
    sh.merge(r, 2, r, 3)
    for c in (0, 1, 4, 5, 6, 7, 8):
        sh.merge(r, c, r + 1, c)
    chief, deputy = "社区党委书记、居委会主任", "居委会副主任"
    phones = {
        "郇晏清": "13905127346",
        "戢青禾": "15861390427",
        "邰檀心": "13770458213",
        "郄望舒": "18762035519",
        "冉芷汀": "15195247806",
    }
    rows = [
        ("综合居务", "重大事项决策", "“三重一大”事项", chief, "郇晏清",
         "社区重大事项不经“两委”会议集体研究,个人说了算", "高",
         "重大事项经社区“两委”联席会议研究,会议纪要存档并在居务公开栏公开。", "leader"),
        ("综合居务", "重大事项决策", "社区公益项目实施", chief, "郇晏清",
         "社区微实事项目指定施工单位,验收走过场", "中",
         "项目实施单位三家比选,验收邀请居民代表和居务监督委员会参加。", "leader"),
        ("财务管理", "经费收支", "工作经费报销", "社区会计", "邰檀心",
         "工作经费报销票据审核不严,以虚开发票套取经费", "中",
         "报销票据经书记、主任和居务监督委员会审核签字,街道代理会计复核。", "general"),
        ("财务管理", "经费收支", "公益经费筹集", deputy, "戢青禾",
         "向辖区单位筹集的公益经费不入账、不公开", "高",
         "公益经费统一存入社区账户,收支每季度公开。", "middle"),
        ("民生保障", "社会救助", "最低生活保障", "民政专干", "郄望舒",
         "低保入户调查不实,为亲友违规申报", "高",
         "入户调查两人以上,评议结果在社区公示七天。", "general"),
        ("民生保障", "社会救助", "临时救助", "民政专干", "郄望舒",
         "临时救助金发放不公示,虚报冒领", "中", "救助对象和金额张榜公示,资金打卡发放。", "general"),
        ("民生保障", "优抚服务", "高龄津贴", "民政专干", "郄望舒",
         "高龄津贴领取人去世后未及时停发", "低", "每月与殡葬、户籍信息比对,发现即停发追回。", "general"),
        ("社区治理", "网格管理", "出租房屋信息采集", "网格员", "冉芷汀",
         "出租房屋信息采集中收受房东好处,隐瞒不报", "低",
         "采集信息录入系统留痕,社区每月抽查核对。", "general"),
        ("社区治理", "物业管理", "业委会选举指导", deputy, "戢青禾",
         "指导业主委员会选举时偏向特定物业服务企业", "中",
         "选举程序公开,街道、社区两级派员全程监督。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (kind, item, sub, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, kind, item, sub, point, lv, measures, post, f"{who}\n{phones[who]}")
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_person = lambda row: (row[7], row[8])  # noqa: E731
    _merge_down(
        sh,
        first,
        [(1, lambda row: row[1]), (2, lambda row: row[1:3]), (7, per_person), (8, per_person)],
    )
    sh.add()
    sh.add("社区党委（盖章）", None, None, "街道纪工委审核：", None, None, "2024年10月", None, None)
    return _layout(
        "yunfan_community_name_and_phone",
        "http://www.ya.gov.cn/ztzl/lhbz/bzml/jwgk/bzml/202312/t20231212_1983906.htm",
        "(harder) 社区 居务事项廉洁风险防控清单 after the source's 社区居务公开事项标准目录 (序号, 类别, 公开事项 split into "
        "一级事项 and 二级事项, 公开内容, 公开主体 …): the title, a TWO-ROW header where ``居务事项`` spans ``一级事项 | "
        "二级事项`` and the other headings are merged down; 序号/类别 merged (综合居务, 财务管理, 民生保障, 社区治理)/"
        "一级事项 merged/二级事项/风险点/风险等级 高/中/低/防控措施/``责任岗位`` (社区党委书记、居委会主任, 居委会副主任, "
        "社区会计, 民政专干, 网格员)/a last column ``责任人及联系电话`` whose every cell holds the holder's NAME, a line "
        "break and an eleven-digit MOBILE NUMBER (``郇晏清⏎13905127346``), the two merged per person; no type "
        "column, no 科室; 盖章/街道纪工委审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def maoxu_village_one_man_two_posts() -> dict:
    unit = f"{PLACE}鹳沙镇茆圩村"
    sh = _Sheet("一览表", [5, 12, 12, 9, 32, 8, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}村级小微权力廉洁风险点一览表", 8)
    sh.add("序号", "权力事项", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施", "监督人")
    watcher = "昝疏桐"
    rows = [
        ("村级重大事项决策", "党总支书记", "汲鹤汀", "重大事项不按“四议两公开”程序决策,会议记录事后补写", "A",
         "重大事项按“四议两公开”程序办理,会议记录当场签字,镇包村干部列席。", "leader"),
        ("党员发展", "党总支书记", "汲鹤汀", "发展党员把关不严,优亲厚友", "B",
         "发展对象经支委会集体研究,在村务公开栏公示。", "leader"),
        ("村级小型工程", "村委会主任", "汲鹤汀", "村级小型工程不按规定比选,指定亲友施工", "A",
         "小型工程三家以上比选,比选结果公示,村务监督委员会全程参与。", "leader"),
        ("宅基地申请初审", "村委会主任", "汲鹤汀", "宅基地申请初审不实,为不符合条件的农户出具同意意见", "B",
         "初审意见经村民代表会议评议,申请人名单张榜公示。", "leader"),
        ("集体资产资源发包", "村委会副主任", "揭知微", "集体鱼塘、滩涂发包不公开竞价,低价发包给关系人", "A",
         "发包进入镇农村产权交易平台公开竞价,合同报镇农经部门备案。", "middle"),
        ("低保五保初审", "民政协理员", "宿映雪", "低保、五保初审评议走过场,漏评错评", "B",
         "评议会议邀请村民代表参加,评议结果公示七天。", "general"),
        ("村级财务管理", "村会计", "粟既白", "白条入账、大额现金支付", "B",
         "票据经村务监督委员会审核签字,大额支出走对公账户。", "general"),
        ("村级财务管理", "村会计", "粟既白", "村级账目公开不及时、不完整", "C",
         "财务收支每季度逐笔公开,公开照片存档备查。", "general"),
        ("报账", "村报账员", "谯拾遗", "报账票据虚列误工补贴", "C",
         "误工补贴凭考勤表和公示表报账,镇代理会计复核。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, power, post, who, point, lv, measures, watcher)
        t.point(sh.name, "", post, who, tier, point, [], LETTERS[lv])
    _merge_down(
        sh,
        first,
        [(1, lambda row: row[1]), (2, lambda row: row[2:4]), (3, lambda row: row[3]),
         (7, lambda row: row[7])],
    )  # fmt: skip
    _line(sh, "注：风险等级A为高风险，B为中风险，C为低风险。", 8)
    sh.add("村党总支（盖章）", None, None, "镇纪委审核：", None, None, "2024年9月", None)
    return _layout(
        "maoxu_village_one_man_two_posts",
        "https://www.wl.gov.cn/art/2022/6/27/art_1229301016_3802659.html",
        "村 小微权力廉洁风险点一览表 after the source's 清廉村居建设实施方案 (村级小微权力整治, 村务监督委员会, “四议两"
        "公开”): 序号/权力事项 merged/岗位 merged per post/姓名 — ONE man, 汲鹤汀, holds both ``党总支书记`` and "
        "``村委会主任`` (一肩挑) and his name is merged over the four rows of the two posts/``廉洁风险点``/风险等级 "
        "``A/B/C``/防控措施/a last ``监督人`` column naming the 村务监督委员会主任 昝疏桐 on every row (merged down; he "
        "holds no post here); a merged note ``注：风险等级A为高风险，B为中风险，C为低风险。`` under the table; "
        "盖章/镇纪委审核/date line",
        [sh], t,
    )  # fmt: skip


def laixu_town_stations_ticks() -> dict:
    town = f"{PLACE}涞圩镇"
    unit = f"{town}人民政府"
    sh = _Sheet("排查表", [5, 12, 10, 9, 32, 12, 4, 4, 4, 32])
    t = _Truth(unit)
    _line(sh, f"{town}站所岗位廉政风险排查表", 10)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, None, None, None,
               "填报日期：2024年9月", None, None, None)  # fmt: skip
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 9)
    r = sh.add(
        "序号", "站所", "岗位", "姓名", "风险点", "风险类别", "风险等级", None, None, "防控措施"
    )
    sh.add(None, None, None, None, None, None, "高", "中", "低", None)
    sh.merge(r, 6, r, 8)
    for c in (0, 1, 2, 3, 4, 5, 9):
        sh.merge(r, c, r + 1, c)
    rows = [
        ("财政所", "所长", "蹇栖梧", "涉农补贴资金拨付不按公示名单,擅自增减发放对象", "制度机制风险", "高",
         "补贴资金按公示后的名单一卡通发放,增减对象须镇党委会研究。", "middle"),
        ("财政所", "所长", "蹇栖梧", "村级代理记账审核不严,白条入账", "岗位职责风险", "中",
         "代理记账票据逐张审核,不合规票据退回并登记。", "middle"),
        ("财政所", "会计", "芮沚苓", "镇机关公务卡消费报销审核不严", "业务流程风险", "中",
         "公务卡报销附消费明细和审批单,每月与银行对账。", "general"),
        ("农业农村服务中心", "主任", "敖岫白", "高标准农田建设项目验收降低标准", "岗位职责风险", "高",
         "验收邀请受益村代表和第三方参加,验收资料存档备查。", "middle"),
        ("农业农村服务中心", "农经员", "檀渡秋", "农村集体经济组织审计流于形式", "思想道德风险", "中",
         "审计底稿两人复核,审计报告在村务公开栏公开。", "general"),
        ("退役军人服务站", "站长", "亢听潮", "优抚对象资格审核不严,为不符合条件人员申报", "外部环境风险", "高",
         "申报材料村、镇两级审核,名单公示七天。", "middle"),
        ("社会事业服务中心", "民政专干", "弭惊蛰", "特困供养人员认定不实", "岗位职责风险", "中",
         "认定前入户核查,经评议小组评议并公示。", "general"),
        ("社会事业服务中心", "民政专干", "弭惊蛰", "残疾人两项补贴发放名单不公示", "制度机制风险", "低",
         "补贴名单每季度在镇、村两级公开。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        marks = [TICK if lv == w else None for w in ("高", "中", "低")]
        sh.add(n, dept, post, who, point, typ, *marks, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("站所负责人签字:", None, None, None, "镇纪委审核:", None, None, None, None, "2024年9月")
    return _layout(
        "laixu_town_stations_ticks", "http://www.viplufa.com/zhenxingxiangzhen/2022/0610/118091.html",
        "镇 站所岗位廉政风险排查表 after the source's case study of an A镇's 行政成本 (机构, 部门预算, 财政所, 精简机构): "
        "the title, a line ``填报单位（盖章）：灌云县涞圩镇人民政府 | 填报日期：2024年9月``, then a TWO-ROW header — "
        "``风险等级`` over ``高 | 中 | 低``, the other headings merged down — 序号/``站所`` merged (财政所, 农业农村服务中心, "
        "退役军人服务站, 社会事业服务中心)/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/a ``✓`` (U+2713, not "
        "√) in the one column of its level/防控措施; 站所负责人签字/镇纪委审核/date line",
        [sh], t,
    )  # fmt: skip


def tangbu_health_center_dept_class() -> dict:
    unit = f"{PLACE}棠埠镇中心卫生院"
    sh = _Sheet("一览表", [5, 10, 11, 11, 9, 32, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 9)
    sh.add("序号", "科室类别", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("领导班子", "院领导", "院长", "剡鸣皋", "药品、耗材遴选和大型设备采购不经院务会集体研究", "制度机制", "一级",
         "药品耗材遴选由药事管理委员会集体研究,设备采购按政府采购程序进行。", "leader"),
        ("领导班子", "院领导", "副院长", "宦蔚然", "医保基金结算审核不严,默许分解住院、挂床住院", "岗位职责", "一级",
         "住院病历每月抽查,医保结算数据与在院患者逐一核对。", "leader"),
        ("职能科室", "医保办", "医保办主任", "鞠守拙", "虚构住院病历、伪造住院处方套取医保基金", "思想道德", "一级",
         "医保结算实行智能审核,异常病历移交院纪检监察员核查。", "middle"),
        ("职能科室", "财务科", "会计", "勾杳然", "收费票据核销不及时,收入不入账", "制度机制", "二级",
         "收费票据专人领用核销,日报表与收费系统每日核对。", "general"),
        ("医技科室", "药房", "药剂员", "仰既明", "药品出入库账物不符,私自调换药品", "业务流程", "二级",
         "药品出入库系统管理,每月盘点,盘点差异书面说明。", "general"),
        ("医技科室", "检验科", "检验员", "湛听澜", "检验试剂采购中接受供应商请托,收受回扣", "外部环境", "二级",
         "试剂采购由采购小组询价,检验科只提需求不定供应商。", "general"),
        ("临床科室", "内科", "科主任", "展临川", "违规开具大处方、大检查,收受药品回扣", "思想道德", "一级",
         "开展处方点评,用药前十名每月公示。", "middle"),
        ("公共卫生", "公共卫生科", "科长", "储问渠", "基本公共卫生服务项目考核数据造假", "业务流程", "二级",
         "考核数据随机电话回访,健康档案定期抽查。", "middle"),
        ("公共卫生", "公共卫生科", "科长", "储问渠", "家庭医生签约服务虚签、代签", "岗位职责", "三级",
         "签约协议由居民本人签字,签约情况入户抽查。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (kind, dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, kind, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[2:5]  # noqa: E731
    _merge_down(
        sh,
        first,
        [(1, lambda row: row[1]), (2, lambda row: row[1:3]), (3, per_person), (4, per_person)],
    )
    sh.add()
    sh.add("填表人:", None, None, "院长签字:", None, None, None, "2024年8月", None)
    return _layout(
        "tangbu_health_center_dept_class", "https://m.wenke99.com/p-1751154.html",
        "镇中心卫生院 岗位廉政风险点一览表 after the source's case of a 乡村卫生院 whose 院长, 副院长, 医生 and 药房 took the "
        "新农合 fund with made-up 住院处方 and 用药: 序号/TWO department columns — ``科室类别`` merged (领导班子, 职能科室, "
        "医技科室, 临床科室, 公共卫生) then ``科室`` merged (院领导, 医保办, 财务科, 药房, 检验科, 内科, 公共卫生科)/岗位 and "
        "姓名 merged per person/风险点/风险类型 (short names)/风险等级 一级/二级/三级/防控措施; 填表人/院长签字/date",
        [sh], t,
    )  # fmt: skip


def yunlan_middle_school_causes() -> dict:
    unit = f"{PLACE}芸澜中学"
    sh = _Sheet("排查表", [5, 9, 10, 9, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "产生原因", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "敬澹宁", "校舍维修工程不经校务会集体研究,直接指定施工队", "决策程序不落实", "高",
         "维修工程按限额比选或招标,校务会研究并留存纪要。", "leader"),
        ("校长室", "副校长", "羊蔚岚", "教辅资料征订中暗示学生到指定书店购买,收取回扣", "利益驱动", "高",
         "教辅按推荐目录自愿征订,严禁推荐书店,举报电话公开。", "leader"),
        ("教务处", "主任", "薄知秋", "教师职称推荐量化赋分不公开,优亲厚友", "评审不透明", "中",
         "赋分细则和结果公示,接受教职工监督。", "middle"),
        ("教务处", "主任", "薄知秋", "默许在职教师有偿补课", "监管不到位", "中",
         "签订师德承诺书,有偿补课举报查实一票否决。", "middle"),
        ("总务处", "主任", "闵栖云", "食堂大宗食材采购不比价,收受供应商好处", "采购程序缺失", "高",
         "大宗食材定点采购,价格每月公示,家长代表参与验收。", "middle"),
        ("总务处", "食堂管理员", "殳望川", "食材验收不严,以次充好、短斤少两", "验收制度执行不严", "中",
         "食材验收两人以上签字,留样和台账备查。", "general"),
        ("政教处", "主任", "况闻笛", "学生资助对象认定不公,优亲厚友", "评议公示不到位", "中",
         "资助对象班级评议、学校审核,名单公示五天。", "middle"),
        ("财务室", "会计", "戈晚照", "校服费、伙食费等代收资金不入账", "财务制度执行不严", "高",
         "代收资金全部进入学校账户,收支每学期公开。", "general"),
        ("财务室", "出纳", "厉遥岑", "现金不及时存入银行,公款私存", "现金管理不规范", "低",
         "现金日清月结,会计每月盘点。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, cause, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, cause, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人:", None, None, "校长签字:", None, None, "2024年11月", None)
    return _layout(
        "yunlan_middle_school_causes", "https://www.163.com/dy/article/KND7AFU30514ANQM.html",
        "rural 中学 岗位廉政风险点排查表 after the source's notice on 教辅征订 (the nine 行为 parents may report: 推荐特定"
        "书店, 代收教辅费, 回扣 …): 序号/处室 merged (校长室, 教务处, 总务处, 政教处, 财务室)/岗位 and 姓名 merged per person/"
        "a long 风险点/a SHORT ``产生原因`` column beside it (``决策程序不落实``, ``利益驱动``, ``监管不到位`` — each cell "
        "shorter than the 风险点)/风险等级 高/中/低/防控措施; no type column; 填表人/校长签字/date",
        [sh], t,
    )  # fmt: skip


def youth_center_cards() -> dict:
    unit = f"{PLACE}青少年校外活动中心"
    t = _Truth(unit)
    cards = [
        ("主任卡", "领导班子", "主任", "牟鸣珂", "leader",
         "主持中心全面工作,负责培训项目设置、收费和场馆管理。", [
             ("培训项目收费标准不经主任办公会研究,擅自提高", "制度机制", "高风险", "每学期"),
             ("场馆对外出租收入不入账", "岗位职责", "高风险", "长期"),
             ("公益活动经费虚列参加人数", "思想道德", "中风险", "长期"),
         ]),
        ("培训部部长卡", "培训部", "部长", "邸汀兰", "middle",
         "负责兴趣培训班开设、外聘教师管理和学员招生。", [
             ("外聘教师选用不公开,优亲厚友", "制度机制", "中风险", "每学期"),
             ("热门兴趣班名额私自预留给关系人", "岗位职责", "高风险", "每学期"),
             ("收受学员家长礼品礼金", "思想道德", "低风险", "长期"),
         ]),
        ("会计卡", "财务室", "会计", "甘砚秋", "general",
         "负责培训费收取、票据管理和经费报销审核。", [
             ("培训费收入坐收坐支,不及时入账", "业务流程", "高风险", "长期"),
             ("收费票据开具不规范,大头小尾", "制度机制", "中风险", "长期"),
             ("报销单据审核不严,虚列活动支出", "岗位职责", "中风险", "长期"),
         ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, post, who, tier, duty, points in cards:
        sh = _Sheet(tab, [6, 34, 10, 10, 34, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("部\u3000\u3000门", dept, "岗\u3000\u3000位", post, "持 卡 人", who)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "防控时限")
        for n, (point, typ, lv, when) in enumerate(points, 1):
            measures = {
                "高风险": "事前集体研究,事中两人经办,事后公开接受监督。",
                "中风险": "建立台账,每月自查,分管领导抽查。",
                "低风险": "签订廉洁承诺,发现问题及时报告。",
            }[lv]
            sh.add(n, point, typ, lv, measures, when)
            t.point(tab, dept, post, who, tier, point, types_in(typ), WORDS[lv])
        sh.add()
        sh.add("持卡人签字：", None, "分管领导签字：", None, "2024年　月　日", None)
        sheets.append(sh)
    return _layout(
        "youth_center_cards", "https://news.sohu.com/20111215/n329114170.shtml",
        "县青少年校外活动中心 岗位廉政风险防控卡 after the source's account of a 少年宫 torn between 公益 and 收费培训 "
        "(兴趣培训班, 活动经费, 师资, 物业): one card a sheet, tabs ``主任卡``, ``培训部部长卡``, ``会计卡``; each card the "
        "title, one row of three label/value pairs with labels spaced out ``部　　门 | 领导班子 | 岗　　位 | 主任 | 持 卡 "
        "人 | 牟鸣珂``, a merged ``岗位职责`` row, then 序号/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/"
        "防控措施/``防控时限`` (``长期``, ``每学期``); an unsigned ``持卡人签字： | 分管领导签字：`` line with a blank date",
        sheets, t,
    )  # fmt: skip


def guanhe_sluice_groups() -> dict:
    unit = f"{PLACE}鹳河闸站管理所"
    sh = _Sheet("Sheet1", [5, 9, 11, 9, 34, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "班组", "岗位", "在岗人员", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "冶听松", "闸站维修养护项目不经所务会研究,指定施工单位", "制度机制风险", "Ⅰ级",
         "维修养护项目按限额比选,所务会研究并留存纪要。", "leader"),
        ("所领导", "所长", "冶听松", "防汛物资储备采购数量虚报", "岗位职责风险", "Ⅱ级",
         "防汛物资入库验收两人以上,每季度盘点。", "leader"),
        ("综合组", "组长", "琴若渝", "维修费用报销审核不严,虚列材料费", "业务流程风险", "Ⅱ级",
         "报销附领料单和维修记录,所长审批。", "middle"),
        ("运行组", "组长", "逄照野", "不按调度指令启闭闸门,为上游养殖户私自放水", "外部环境风险", "Ⅰ级",
         "闸门启闭凭调度指令,启闭记录和视频留存备查。", "middle"),
        ("运行组", "闸门运行工", "蒙拾穗", "值班脱岗,运行记录事后补填", "思想道德风险", "Ⅲ级",
         "值班签到,运行记录实时录入系统。", "general"),
        ("维护组", "组长", "却明川", "维修材料领用虚报冒领", "制度机制风险", "Ⅱ级",
         "材料领用登记,旧件交回核销。", "middle"),
        ("维护组", "电工", "郦远帆", "机电设备维修外包验收走过场", "岗位职责风险", "Ⅲ级",
         "外包维修验收由运行组、维护组共同签字。", "general"),
        ("监测组", "组长", "宰听雨", "水位、工情观测数据迟报、漏报、篡改", "业务流程风险", "Ⅱ级",
         "观测数据自动采集,人工补录须注明原因并经所长审核。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填报人:", None, None, "所长签字:", None, None, "2024年7月", None)
    return _layout(
        "guanhe_sluice_groups", "https://www.lanyancloud.com/news/1999868371272884224",
        "县闸站管理所 岗位廉政风险点一览表 after the source's account of a 水利工程管理站 (站长负责制, 运行组、维护组、"
        "监测组、综合组; 日常维护, 调度运行, 监测预警): 序号/``班组`` merged (所领导, 综合组, 运行组, 维护组, 监测组)/岗位 "
        "and the holder headed ``在岗人员`` merged per person/风险点/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; "
        "填报人/所长签字/date",
        [sh], t,
    )  # fmt: skip


def sand_company_lead_and_partner_depts() -> dict:
    unit = f"{PLACE}砂石资源开发有限公司"
    sh = _Sheet("清单", [5, 12, 34, 8, 34, 12, 10, 12])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}廉洁风险防控清单", 8)
    sh.add("序号", "业务流程", "风险点", "风险等级", "防控措施", "主责部门", "主责岗位", "配合部门")
    rows = [
        ("“三重一大”决策", "采区开采权、砂石销售权承包等重大事项不经董事会集体研究", "高",
         "重大事项提交董事会集体研究,会议纪要报县国资部门备案。", "公司领导", "董事长", "综合部", "leader"),
        ("砂石开采", "超范围、超量开采,少报开采量", "高",
         "采区电子围栏和开采量在线监控,每月与销售量比对。", "生产运营部", "部长", "纪检室", "middle"),
        ("砂石开采", "采砂船作业监控数据被人为删改", "中",
         "监控数据实时上传县水利部门平台,删改留痕。", "生产运营部", "监控员", "综合部", "general"),
        ("计量称重", "过磅数据篡改,少计销售量", "高",
         "地磅无人值守,称重数据自动传输,每日与出场单核对。", "销售部", "过磅员", "财务部", "general"),
        ("砂石销售", "不按挂牌价格销售,为关系客户降价、优先供砂", "高",
         "销售价格挂牌公开,调价须总经理办公会研究。", "销售部", "部长", "纪检室", "middle"),
        ("砂石销售", "销售款不进对公账户,私收现金", "中",
         "一律扫码或转账付款,严禁收取现金。", "销售部", "销售员", "财务部", "general"),
        ("资金管理", "大额资金支付不履行审批程序", "中",
         "大额资金支付联签,超限额报董事会审批。", "财务部", "部长", "综合部", "middle"),
        ("物资采购", "采砂设备维修配件采购不比价", "低",
         "配件采购三家以上询价,验收两人签字。", "工程设备部", "部长", "财务部", "middle"),
        ("招聘用工", "临时用工招聘中优亲厚友", "低",
         "招聘条件和结果公示,亲属回避。", "综合部", "部长", "纪检室", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (flow, point, lv, measures, dept, post, partner, tier) in enumerate(rows, 1):
        sh.add(n, flow, point, lv, measures, dept, post, partner)
        t.point(sh.name, dept, post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, None, None, "2024年10月", None)
    return _layout(
        "sand_company_lead_and_partner_depts", "https://findzd.com/industry/157392.html",
        "县砂石资源开发有限公司 廉洁风险防控清单 对岗不对人 after the source's account of the 砂石 trade (开采、运输、销售, "
        "盗采, 保护伞): ``附件1``, the title, then 序号/``业务流程`` merged (“三重一大”决策, 砂石开采, 计量称重, 砂石销售, "
        "资金管理, 物资采购, 招聘用工)/风险点/风险等级 高/中/低/防控措施/the department under ``主责部门`` and the post "
        "under ``主责岗位`` AFTER the measures/a last ``配合部门`` column of other departments (综合部, 纪检室, 财务部 — "
        "three of them 主责部门 of other rows); no names, no type column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def fishing_port_staff_numbers() -> dict:
    unit = f"{PLACE}鹳沙渔港开发有限公司"
    sh = _Sheet("排查表", [5, 10, 10, 14, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 8)
    sh.add("序号", "部门", "岗位", "姓名（工号）", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "佘临渊", "YG001", "渔港码头泊位租赁不公开招租,低价租给关系人", "制度机制风险", "高",
         "泊位租赁进入县公共资源交易平台公开招租。", "leader"),
        ("公司领导", "副总经理", "芈清川", "YG002", "港区建设项目变更签证把关不严", "岗位职责风险", "高",
         "变更签证经监理、工程部、分管领导三级审核并送审计。", "leader"),
        ("港务部", "部长", "衣语桐", "YG011", "渔船进出港登记核验不严,为违规渔船提供靠泊服务", "外部环境风险", "高",
         "进出港登记与渔船动态监控系统比对,违规渔船拒绝靠泊。", "middle"),
        ("港务部", "收费员", "权晓渡", "YG015", "靠泊费、停泊费少收不开票,截留收费款", "业务流程风险", "中",
         "收费系统自动计费出票,票款日清日结。", "general"),
        ("市场部", "部长", "冼舒窈", "YG021", "水产品交易市场摊位分配暗箱操作", "岗位职责风险", "中",
         "摊位分配公开摇号,结果在市场公示。", "middle"),
        ("市场部", "市场管理员", "铎映川", "YG024", "收受摊户好处费,放任占道经营", "思想道德风险", "低",
         "巡查记录每日上报,摊户投诉电话公开。", "general"),
        ("财务部", "会计", "益抱朴", "YG031", "冰块、燃油代售款项不及时入账", "制度机制风险", "中",
         "代售款项每日缴存,财务每周对账。", "general"),
        ("工程部", "部长", "羿青岚", "YG041", "渔港航道疏浚工程量签证虚增", "岗位职责风险", "高",
         "疏浚工程量水下测量复核,签证资料存档备查。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, code, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, f"{who}（{code}）", point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年8月", None)
    return _layout(
        "fishing_port_staff_numbers", "http://crsrw.com/falvzixun/77022.html",
        "县渔港开发有限公司 岗位廉洁风险排查表 after the source's 渔港和渔船管理 rules (渔港布局规划, 渔港建设, 渔船进出港 "
        "and its 登记, 靠泊): 序号/部门 merged (公司领导, 港务部, 市场部, 财务部, 工程部)/岗位/the holder column headed "
        "``姓名（工号）`` whose every cell is the name and a staff number in full-width brackets (``佘临渊（YG001）``, "
        "``权晓渡（YG015）``)/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    yunfan_community_name_and_phone(),
    maoxu_village_one_man_two_posts(),
    laixu_town_stations_ticks(),
    tangbu_health_center_dept_class(),
    yunlan_middle_school_causes(),
    youth_center_cards(),
    guanhe_sluice_groups(),
    sand_company_lead_and_partner_depts(),
    fishing_port_staff_numbers(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch135-inbox"))
