"""A hundred-and-fifty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY COMPANIES
MIXED — a 国有粮油储备 company, a 镇 with its 站所, a 村, a 社区, a 中医医院, a 幼儿园, a 中学, a county
文化旅游 company, the county 公交 company and the county 自来水 company — each handing back its
ordinary 一览表, 排查表, 清单 or 防控卡 the way such offices send them. Every unit is a body of an
invented 夹江县 (its 泷溪镇, 枫垭镇 with the 村 芩坝村, and 碧岩街道 with the 社区 栖凤社区 invented too):

- a 镇's 站所 排查汇总表 under ``填报单位：…（盖章） | 填报时间：…``: 站所 merged (财政所, 农业农村服务中心,
  社会保障服务中心, 综合行政执法队), 岗位 and 姓名 merged per person, short types, ``Ⅰ级/Ⅱ级/Ⅲ级`` and a
  trailing ``分管领导`` column naming the two 副镇长 who watch (no rows of their own);
- a 村's 村级“三资”管理 清单 under a title of TWO merged lines (the 村, then the list's name), no 科室
  column: 权力事项 merged, ``责任岗位 | 责任人`` last, the 一肩挑 post ``党支部书记、村委会主任``;
- a 社区's 工作人员 一览表: 职务 / 姓名 / ``分管工作`` merged per person, ``★★★/★★/★`` with a 注 under it;
- a 中医医院 排查表 under a TWO-ROW header (``风险识别`` over ``风险点 | 风险类型``, ``风险评估`` over
  ``风险等级``, the rest merged down), bare ``Ⅰ/Ⅱ/Ⅲ``;
- a 幼儿园's 防控卡 one sheet per post (tabs the posts), ``姓名 | … | 岗位 | … | 所在部门 | …`` above,
  a ``岗位职责：…`` line, a ``完成时限`` column, a ``廉洁承诺：…`` line and a 持卡人签字 line under it;
- a 中学 一览表 with ``处室``, ``…风险`` types, ``高风险/中风险/低风险`` and a ``年级组`` row whose 责任人 is
  ``各班班主任`` (no holder);
- a county 文化旅游 company's 清单: a short ``风险点`` beside a long ``风险表现``, ``A级/B级/C级`` read by a
  注 under the table, a trailing ``监督部门``;
- the county 公交 company's 一览表 whose 部门 groups are parted by BLANK ROWS inside the table (no
  repeated header);
- the county 自来水 company's 清单 whose department stands LAST: ``责任部门 | 责任岗位 | 责任人``.

One is harder, and its shape is one an office really sends that no earlier batch used:

- ``grain_reserve_level_sheets``: a 国有粮油储备 company's 清单 split into THREE SHEETS BY LEVEL — tabs
  ``一级风险``, ``二级风险``, ``三级风险``, each titled ``夹江县粮油储备有限公司一级廉洁风险点清单`` (…二级…,
  …三级…) over the same 序号/部门/岗位/责任人/风险点/风险类别/防控措施 header. NO level column anywhere: a
  point's level is the level its sheet's tab and title name, and a holder with points of two levels
  stands on two sheets.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 国有粮食储备 company's 粮库 and its
轮换; 乡镇财政所 监管 of 惠农 and project funds; 村“三资” 发包 cases; what a 社区 and its 居委会 are; a 县医院
院长's 药品 回扣; a 中心幼儿园's 后勤园长 岗位责任制度; a 中学's 教育收费 自查报告 naming 班主任 the first
responsible; an 审计 of a county's 文旅 industry; a 公交公司's 绩效评价; a county 自来水公司's 一户一表 改造) and
the layout follows their words. Rows worded by us, names invented.

Run ``python tests/published/score.py --set batch159`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b159_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a sheet titled ``…一级廉洁风险点清单`` (tab ``一级风险``) with no level column grades every point on it
  一级 (Ⅰ级); a holder on two such sheets is one form (its ``sheet`` the first he stands on);
- a 镇's 站所 (财政所, 农业农村服务中心, …) are 科室 of the 镇人民政府; the ``分管领导`` column names the
  副镇长 who watch: no holder, no form;
- a 村's list with no 科室 column keeps its posts as written (department ""); ``党支部书记、村委会主任`` is
  one post;
- ``分管工作`` (``全面工作``, ``民政、残联``, ``第二网格``) is a holder's line of work, no 科室: the 社区 has
  no department;
- ``各班班主任`` under 责任人 names no holder: the 班主任 form has person "";
- ``A级/B级/C级`` are 高/中/低 by the 注 under the table; ``监督部门`` names the office that watches;
- ``责任部门`` last is the rows' 科室, ``责任岗位`` the post, ``责任人`` the holder;
- 总经理, 副总经理, 董事长, 院长, 副院长, 园长, 后勤副园长, 校长 and the 一肩挑 书记/主任 of the 村 and
  the 社区 are leaders; 所长, 主任 (of a 站所, 处室, 科, 办, 办公室), 科长, 部长, 经理, 队长, 村委会副主任,
  居委会副主任 and 村务监督委员会主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b159_"
PLACE = "夹江县"
SPACE = "\u3000"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
BARE_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
LETTERS = {"A级": 1, "B级": 2, "C级": 3}
LEADERS = ("总经理", "副总经理", "董事长", "院长", "副院长", "园长", "后勤副园长", "校长",
           "党支部书记、村委会主任", "社区党委书记、居委会主任")  # fmt: skip
MIDDLE = ("所长", "主任", "科长", "部长", "经理", "队长", "稽查队长", "村委会副主任", "居委会副主任",
          "村务监督委员会主任")  # fmt: skip


def _tier(post: str) -> str:
    return "leader" if post in LEADERS else "middle" if post in MIDDLE else "general"


# --------------------------------------------------------------------------- harder layout


def grain_reserve_level_sheets() -> dict:
    unit = f"{PLACE}粮油储备有限公司"
    t = _Truth(unit)
    header = ("序号", "部门", "岗位", "责任人", "风险点", "风险类别", "防控措施")
    levels = [
        ("一级", [
            ("公司领导", "总经理", "檀望舒", "储备粮轮换计划和销售底价不经集体研究,个人决定", "制度机制风险",
             "轮换计划和底价经总经理办公会研究,销售在省粮食交易中心公开竞价。"),
            ("公司领导", "总经理", "檀望舒", "粮库仓房维修改造工程指定施工单位", "岗位职责风险",
             "维修改造项目按规定招标或比选,结果在公司内部公示。"),
            ("购销部", "部长", "诸葛澜", "新粮收购压级压价或抬级抬价,与粮贩串通套取差价", "外部环境风险",
             "收购价格、质量标准挂牌公示,扦样、检验、定价三人分离。"),
            ("仓储部", "保管员", "闵竹溪", "虚报入库数量,造成账实不符", "业务流程风险",
             "入库过磅数据实时上传,保管账、统计账、会计账每月核对。"),
        ]),
        ("二级", [
            ("公司领导", "副总经理", "阮栖梧", "仓储设备采购验收把关不严,以次充好", "岗位职责风险",
             "设备采购三家以上比价,验收由使用、技术、财务三方签字。"),
            ("仓储部", "质检员", "蓬采薇", "扦样检验走过场,出具不实的质量检验结果", "岗位职责风险",
             "扦样全程视频记录,检验样品留存备查,每季度随机复检。"),
            ("财务部", "会计", "佟晓岫", "粮款结算拖延支付,向售粮户索要好处", "思想道德风险",
             "粮款通过银行直接转入售粮户账户,结算时限公开。"),
        ]),
        ("三级", [
            ("仓储部", "保管员", "闵竹溪", "熏蒸药剂、烘干燃料领用不登记", "制度机制风险",
             "药剂双人双锁保管,领用登记并由部长签字。"),
            ("财务部", "会计", "佟晓岫", "费用报销票据审核不严", "业务流程风险",
             "报销票据逐张审核,附审批单和验收单,每月抽查。"),
        ]),
    ]  # fmt: skip
    sheets, first_sheet = [], {}
    for grade, rows in levels:
        sh = _Sheet(f"{grade}风险", [6, 10, 10, 8, 34, 12, 34])
        _line(sh, f"{unit}{grade}廉洁风险点清单", 7)
        sh.add(*header)
        first = len(sh.rows)
        for n, (dept, post, who, point, typ, measures) in enumerate(rows, 1):
            sh.add(n, dept, post, who, point, typ, measures)
            home = first_sheet.setdefault(who, sh.name)
            t.point(home, dept, post, who, _tier(post), point, types_in(typ), GRADES[grade])
        per_person = lambda row: row[1:4]  # noqa: E731
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
        sh.add()
        sh.add("填报部门：综合部", None, None, None, "审核人：", None, "2024年7月")
        sheets.append(sh)
    return _layout(
        "grain_reserve_level_sheets", "http://zhld.com/szb/pc/col/202406/21/content_244221.html",
        "(harder) 县国有粮油储备公司 廉洁风险点清单 after the source's report on a small 国有粮食收储 company (its 粮库, "
        "储备粮轮换 and 拍卖, 过磅, 卸粮, 收购价): the list SPLIT INTO THREE SHEETS BY LEVEL — tabs ``一级风险``, "
        "``二级风险``, ``三级风险``, each titled ``夹江县粮油储备有限公司一级廉洁风险点清单`` (``…二级…``, ``…三级…``) "
        "over the same header 序号/部门 merged (公司领导, 购销部, 仓储部, 财务部)/岗位 and 责任人 merged per person/"
        "风险点/风险类别 ``…风险``/防控措施 — NO level column anywhere, the level only in the tab and the title; the "
        "保管员 and the 会计 stand on two sheets (一级 and 三级, 二级 and 三级); 填报部门/审核人/date under each",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def longxi_station_summary() -> dict:
    unit = f"{PLACE}泷溪镇人民政府"
    sh = _Sheet("汇总", [6, 14, 8, 8, 32, 10, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, "泷溪镇站所岗位廉政风险排查汇总表", 9)
    r = sh.add(f"填报单位：{unit}（盖章）", None, None, None, None, "填报时间：2024年5月", None, None,
               None)  # fmt: skip
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "分管领导")
    rows = [
        ("财政所", "所长", "郦听澜", "惠民惠农补贴“一卡通”发放名单审核把关不严", "岗位职责", "Ⅰ级",
         "补贴名单经村公示、站所初审、财政所复核,发放结果在镇政务公开栏公布。", "戚砚农"),
        ("财政所", "所长", "郦听澜", "镇级项目资金不按工程进度和验收结果报账", "制度机制", "Ⅱ级",
         "报账凭验收报告和监理意见,经分管领导、镇长审签。", "戚砚农"),
        ("财政所", "会计", "卞绮年", "村级账务代理记账审核不严,白条入账", "业务流程", "Ⅱ级",
         "村级票据经村务监督委员会签字后入账,每季度抽查。", "戚砚农"),
        ("农业农村服务中心", "主任", "巢映雪", "耕地地力保护补贴面积核实不实", "岗位职责", "Ⅰ级",
         "补贴面积村组公示、中心复核,复核记录存档。", "宁嘉禾"),
        ("农业农村服务中心", "主任", "巢映雪", "高标准农田等农业项目验收走过场", "外部环境", "Ⅱ级",
         "项目验收邀请受益村代表参加,验收资料归档。", "宁嘉禾"),
        ("社会保障服务中心", "主任", "牟溪桥", "临时救助审批不经集体研究,优亲厚友", "制度机制", "Ⅰ级",
         "临时救助经镇民主评议小组评议,名单公示七天。", "宁嘉禾"),
        ("社会保障服务中心", "主任", "牟溪桥", "城乡居民养老保险代缴对象审核不严", "岗位职责", "Ⅲ级",
         "代缴对象与民政、残联数据比对,名单公示。", "宁嘉禾"),
        ("综合行政执法队", "队长", "栾拓川", "违法建设查处降格处理,收受当事人好处", "思想道德", "Ⅰ级",
         "执法全过程记录,处罚决定集体审议。", "戚砚农"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, leader) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, leader)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(
        sh,
        first,
        [
            (1, lambda row: row[1]),
            (2, per_person),
            (3, per_person),
            (8, lambda row: row[1:2] + row[8:9]),
        ],
    )
    sh.add()
    sh.add("镇纪委审核：", None, None, None, "填表人：", None, None, "2024年5月", None)
    return _layout(
        "longxi_station_summary",
        "https://98523.com/fanwen/lingdaojianghua/bangongtingshijiangh/201112/97074_2.html",
        "镇 站所岗位廉政风险排查汇总表 after the source's rules for 乡镇财政所 监管 (项目竣工验收, 资金拨付 会签, 县级"
        "报账制, 补助性资金 核实, 一折通/一卡通 发放): title ``泷溪镇站所岗位廉政风险排查汇总表`` (no county), then "
        "``填报单位：夹江县泷溪镇人民政府（盖章） | 填报时间：2024年5月``; 序号/站所 merged (财政所, 农业农村服务中心, "
        "社会保障服务中心, 综合行政执法队)/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a trailing ``分管领导`` merged per 站所 naming the two 副镇长 (戚砚农, 宁嘉禾) who "
        "watch and hold no row; 镇纪委审核/填表人/date line",
        [sh], t,
    )  # fmt: skip


def village_assets_two_line_title() -> dict:
    unit = f"{PLACE}枫垭镇芩坝村"
    sh = _Sheet("Sheet1", [6, 14, 34, 8, 34, 18, 8])
    t = _Truth(unit)
    _line(sh, unit, 7)
    _line(sh, "村级“三资”管理廉政风险防控清单", 7)
    sh.add("序号", "权力事项", "风险点", "风险等级", "防控措施", "责任岗位", "责任人")
    head = "党支部书记、村委会主任"
    rows = [
        ("集体资产资源发包", "集体鱼塘、林地发包不进农村产权交易平台,低价发包给亲友", "高",
         "发包方案经村民代表会议表决,进入镇农村产权交易平台公开竞价。", head, "雍守田"),
        ("集体资产资源发包", "发包合同到期不收回,续包不公开", "中",
         "合同到期前三个月公告,续包重新竞价。", "村委会副主任", "冉秋禾"),
        ("集体资金管理", "大额资金支出不经“四议两公开”,个人说了算", "高",
         "大额支出经“四议两公开”程序,会议记录当场签字。", head, "雍守田"),
        ("集体资金管理", "坐收坐支,公款私存", "中", "集体收入三日内存入村级账户,现金不过夜。", "报账员",
         "漆满仓"),
        ("集体资金管理", "白条抵库,虚列误工补贴", "中", "误工补贴凭考勤表报账,镇代理会计复核。", "报账员",
         "漆满仓"),
        ("村级小型工程", "小型工程不比选,指定施工队", "高", "小型工程三家比选,比选结果公示。",
         "村委会副主任", "冉秋禾"),
        ("村务监督", "对“三资”收支审核签字走过场", "低", "逐笔审核票据,审核意见在村务公开栏公开。",
         "村务监督委员会主任", "甘砺石"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, point, lv, measures, post, who) in enumerate(rows, 1):
        sh.add(n, power, point, lv, measures, post, who)
        t.point(sh.name, "", post, who, _tier(post), point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("村党支部（盖章）", None, None, "村务监督委员会：", None, "2024年8月", None)
    return _layout(
        "village_assets_two_line_title", "https://www.163.com/dy/article/KICTCDD60519D9DS.html",
        "村 村级“三资”管理廉政风险防控清单 after the source's cases of 农村集体“三资” 发包 (低价发包, 暗箱操作, 优亲"
        "厚友, 未经村“两委”会、村民代表会议讨论): the title in TWO merged lines, ``夹江县枫垭镇芩坝村`` then "
        "``村级“三资”管理廉政风险防控清单``; 序号/权力事项 merged/风险点/风险等级 高/中/低/防控措施/``责任岗位`` "
        "(the 一肩挑 ``党支部书记、村委会主任``, 村委会副主任, 报账员, 村务监督委员会主任)/``责任人`` written on every "
        "row; no 科室 column, no type column; 盖章/村务监督委员会/date line",
        [sh], t,
    )  # fmt: skip


def community_work_column() -> dict:
    unit = f"{PLACE}碧岩街道栖凤社区"
    sh = _Sheet("一览表", [6, 16, 8, 14, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}工作人员廉洁风险点一览表", 7)
    sh.add("序号", "职务", "姓名", "分管工作", "风险点", "风险等级", "防控措施")
    head = "社区党委书记、居委会主任"
    rows = [
        (head, "殷沐棠", "全面工作", "社区公益性岗位人员推荐优亲厚友", "★★★",
         "推荐人选经“两委”会研究,名单在社区公示栏公示。"),
        (head, "殷沐棠", "全面工作", "社区办公经费、惠民资金使用不经“两委”会研究", "★★★",
         "资金使用“两委”会研究,每季度向居民代表公开。"),
        ("居委会副主任", "舒黛眉", "民政、残联", "低保、临时救助对象评议走过场", "★★★",
         "评议小组由居民代表、楼栋长组成,评议结果张榜公布。"),
        ("居委会副主任", "舒黛眉", "民政、残联", "残疾人两项补贴申报材料把关不严", "★★",
         "申报材料核对原件,入户核实并拍照留存。"),
        ("社区专职工作者", "宦青萍", "社保、医保", "代收城乡居民医保费不及时上缴", "★★",
         "代收费用当日上缴街道,收据存根每月核对。"),
        ("网格员", "邝小葵", "第二网格", "网格内出租房屋、流动人口信息采集不实", "★",
         "网格信息每月比对更新,社区随机抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, work, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, work, point, lv, measures)
        t.point(sh.name, "", post, who, _tier(post), point, [], STARS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 7)
    sh.add("社区党委（盖章）", None, None, "街道纪工委审核：", None, "2024年9月", None)
    return _layout(
        "community_work_column", "https://m.lw881.com/jj/gl/46213.html",
        "社区 工作人员廉洁风险点一览表 after the source's essay on what a 城市社区 is (街道办事处, 居委会 as a 自治组织, "
        "社区服务): 序号/职务/姓名/``分管工作`` — the three merged per person (the 一肩挑 ``社区党委书记、居委会主任`` "
        "with ``全面工作``, a 居委会副主任 with ``民政、残联``, a 社区专职工作者, a 网格员 with ``第二网格``)/风险点/"
        "风险等级 ``★★★/★★/★``/防控措施; no 科室, no type column; a merged ``注：★★★为高风险，★★为中风险，★为低"
        "风险。`` under the table, then 盖章/街道纪工委审核/date",
        [sh], t,
    )  # fmt: skip


def tcm_hospital_two_row_header() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("排查表", [6, 10, 9, 8, 32, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}重点岗位廉洁风险排查表", 8)
    r = sh.add("序号", "科室", "岗位", "姓名", "风险识别", None, "风险评估", "防控措施")
    sh.add(None, None, None, None, "风险点", "风险类型", "风险等级", None)
    for c in (0, 1, 2, 3, 7):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 4, r, 5)
    rows = [
        ("院领导", "院长", "濮砚农", "中药饮片、配方颗粒供应商遴选个人说了算", "制度机制", "Ⅰ",
         "供应商遴选经院党委会集体研究,遴选过程全程记录。"),
        ("院领导", "院长", "濮砚农", "基建维修项目化整为零规避招标", "岗位职责", "Ⅰ",
         "基建维修项目年初统一计划,达到限额的一律公开招标。"),
        ("院领导", "副院长", "晏清和", "分管科室大型设备论证设置倾向性参数", "外部环境", "Ⅱ",
         "技术参数三家以上产品比对,论证专家随机抽取。"),
        ("药剂科", "主任", "聂菖蒲", "中药饮片验收以次充好,收受供应商回扣", "外部环境", "Ⅰ",
         "饮片验收两人以上,每批留样,定期送检。"),
        ("设备科", "科长", "芮半夏", "设备维保合同到期续签不比价", "业务流程", "Ⅱ",
         "维保合同到期前重新比价,结果院内公示。"),
        ("医保办", "主任", "谌白芷", "医保基金自查走过场,默许分解住院、挂床住院", "岗位职责", "Ⅰ",
         "每月抽查病历,自查结果报院医保管理委员会。"),
        ("财务科", "收费员", "涂苏叶", "退费不按规定办理,截留患者退费", "制度机制", "Ⅱ",
         "退费凭科室证明和原始票据,经科长审核后原路退回。"),
        ("财务科", "收费员", "涂苏叶", "门诊收费现金不日清日结", "业务流程", "Ⅲ",
         "现金日清日结,当日存入银行,科长不定期盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), BARE_ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("科室负责人签字：", None, None, None, "院纪委审核：", None, "2024年6月", None)
    return _layout(
        "tcm_hospital_two_row_header", "https://consumer.gucheng.com/201806/3443190.shtml",
        "县中医医院 重点岗位廉洁风险排查表 after the source's report on a 县人民医院 and a 县中医院 where 药品 were bought at "
        "many times the market price and the 院长 took a share of every purchase: a TWO-ROW header — ``风险识别`` "
        "merged over ``风险点 | 风险类型``, ``风险评估`` over ``风险等级``, 序号/科室/岗位/姓名/防控措施 merged down the "
        "two rows; 科室 merged (院领导, 药剂科, 设备科, 医保办, 财务科), 岗位 and 姓名 merged per person; types short; "
        "levels bare ``Ⅰ/Ⅱ/Ⅲ``; 签字/审核/date line",
        [sh], t,
    )  # fmt: skip


def kindergarten_post_cards() -> dict:
    unit = f"{PLACE}第二幼儿园"
    t = _Truth(unit)
    cards = [
        ("园长", "蔚春晓", "园领导", "主持全园工作,负责保教费、伙食费管理和教职工考核", [
            ("保教费、伙食费收支不公开,两项费用混用", "制度机制", "一级",
             "伙食费单独建账,收支每月向家长委员会公开。", "每月"),
            ("食材配送企业选择打招呼、定对象", "外部环境", "一级",
             "配送企业由教育局统一招标,园内不自行确定。", "长期"),
            ("教师评优评先、职称推荐不公开", "岗位职责", "二级", "推荐条件和结果园内公示五个工作日。", "每学期"),
        ]),
        ("后勤副园长", "祝采芩", "园领导", "负责食堂、园舍、校产和安全管理", [
            ("食材验收不严,以次充好", "岗位职责", "一级", "食材验收两人以上,每日留样,家长代表定期陪餐。",
             "长期"),
            ("园舍维修虚报工程量", "业务流程", "二级", "维修工程量由后勤、使用班级、监督员三方签字确认。",
             "每学期"),
        ]),
        ("保健医", "阎小满", "保健室", "负责幼儿卫生保健、晨检和消毒", [
            ("幼儿体检费、常用药品采购虚报", "业务流程", "二级", "体检费按实结算,药品采购登记,园长审签。",
             "每学期"),
            ("晨检、消毒记录事后补记", "思想道德", "三级", "晨检、消毒当日记录,后勤副园长每周检查。", "长期"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, duty, points in cards:
        sh = _Sheet(post, [6, 34, 10, 8, 34, 10])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓名", who, "岗位", post, "所在部门", dept)
        _line(sh, f"岗位职责：{duty}", 6)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "完成时限")
        for n, (point, typ, lv, measures, when) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures, when)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), GRADES[lv])
        _line(sh, "廉洁承诺：本人将严格落实上述防控措施，自觉接受组织和群众监督。", 6)
        sh.add("持卡人签字：", None, "园党支部审核：", None, "2024年9月", None)
        sheets.append(sh)
    return _layout(
        "kindergarten_post_cards", "http://qlyey.jiher.com/a/ynxw/ywgk/2023/1102/1414.html",
        "县幼儿园 岗位廉政风险防控卡, one sheet per post, after the source's 中心幼儿园后勤园长岗位责任制度 (园舍安全, 固定"
        "资产和库房, 卫生保健, 保健室及厨房, 幼儿膳食, 家长伙委会): tabs the posts (``园长``, ``后勤副园长``, ``保健医``); "
        "under the title the pairs ``姓名 | 蔚春晓 | 岗位 | 园长 | 所在部门 | 园领导`` in one row, then a merged "
        "``岗位职责：…`` line; 序号/风险点/风险类型 (short names)/风险等级 一级/二级/三级/防控措施/``完成时限`` "
        "(``长期``, ``每学期``, ``每月``); under the table a merged ``廉洁承诺：…`` line and 持卡人签字/审核/date",
        sheets, t,
    )  # fmt: skip


def middle_school_class_teachers() -> dict:
    unit = f"{PLACE}泷溪中学"
    sh = _Sheet("Sheet1", [6, 10, 12, 12, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "处室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施")
    teachers = "各班班主任"
    rows = [
        ("校长室", "校长", "盖怀朴", "大宗物资和教学设备采购不经校务会研究", "制度机制风险", "高风险",
         "采购计划经校务会研究,按规定进入政府采购程序。"),
        ("校长室", "校长", "盖怀朴", "招生录取接受请托,违规择校", "外部环境风险", "高风险",
         "招生计划、划片范围和录取结果公开,接受社会监督。"),
        ("教务处", "主任", "邵砚秋", "教辅资料征订收受回扣", "思想道德风险", "中风险",
         "教辅资料按自愿原则征订,学校不经手费用。"),
        ("教务处", "学籍管理员", "茹新桐", "违规办理学籍转入转出", "岗位职责风险", "中风险",
         "学籍变动凭转学手续办理,教务处主任复核。"),
        ("总务处", "主任", "贡守拙", "食堂食材采购不比价,虚报数量", "业务流程风险", "高风险",
         "大宗食材定点采购,采购清单每日公示。"),
        ("政教处", "资助专干", "莘菡萏", "家庭经济困难学生认定不实,优亲厚友", "岗位职责风险", "中风险",
         "认定经班级评议、学校审核,名单公示五个工作日。"),
        ("年级组", "班主任", teachers, "以班费、资料费名义违规向学生收费", "制度机制风险", "低风险",
         "严格执行收费公示制度,班级不自行收费。"),
        ("年级组", "班主任", teachers, "组织或参与有偿补课", "思想道德风险", "中风险",
         "签订不参与有偿补课承诺书,公布举报电话。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        person = "" if who == teachers else who
        t.point(sh.name, dept, post, person, _tier(post), point, types_in(typ), WORDS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, None, "2024年10月", None)
    return _layout(
        "middle_school_class_teachers", "https://3du.tw/articles/MzY3M3E=.htm",
        "县中学 岗位廉政风险点一览表 after the source's 中学教育收费自查报告 (治理教育乱收费领导小组, 班主任 the first "
        "responsible for 规范教育收费, 收费公示, 教辅资料 and 有偿补课): 序号/``处室`` merged (校长室, 教务处, 总务处, "
        "政教处, 年级组)/岗位 and 责任人 merged per person — the 年级组 班主任's 责任人 ``各班班主任`` (no holder)/风险点/"
        "风险类别 ``…风险``/风险等级 ``高风险/中风险/低风险``/防控措施; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def tourism_company_letters() -> dict:
    unit = f"{PLACE}文化旅游发展有限公司"
    sh = _Sheet("风险清单", [6, 12, 10, 9, 14, 32, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 9)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险表现", "风险等级", "防控措施", "监督部门")
    rows = [
        ("公司领导", "董事长", "万俟清秋", "景区合作开发", "合作开发方不经集体研究、不公开比选,向关系企业输送利益",
         "A级", "合作开发事项经董事会研究,合作方公开遴选。", "纪检监察室"),
        ("公司领导", "总经理", "缪长庚", "门票优惠审批", "违规批条免票、打折,门票收入流失", "B级",
         "门票优惠按政策执行,免票审批登记并每月公示。", "纪检监察室"),
        ("景区运营部", "经理", "弓照野", "商铺摊位出租", "景区商铺、摊位出租不公开竞租,低价租给亲友", "A级",
         "商铺摊位出租公开竞租,租金标准和结果公示。", "纪检监察室"),
        ("票务中心", "售票员", "劳乐心", "门票收入管理", "售票不出票、收款不入账", "A级",
         "电子售票,票款日清日结,每周稽核。", "财务审计部"),
        ("票务中心", "售票员", "劳乐心", "优惠票核验", "优惠票不核验证件,以优惠票冲抵全价票", "B级",
         "优惠票凭证件登记,系统留存证件信息。", "财务审计部"),
        ("工程部", "经理", "琴照影", "景区维护工程", "维护工程虚增工程量,验收把关不严", "B级",
         "工程量现场核验,验收由工程、财务、使用部门三方签字。", "财务审计部"),
        ("财务审计部", "会计", "厉晴岚", "资金支付", "不按审批支付,大额资金未经双签", "C级",
         "资金支付凭审批单,五万元以上双人双签。", "纪检监察室"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, shows, lv, measures, watch) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, shows, lv, measures, watch)
        t.point(sh.name, dept, post, who, _tier(post), point, [], LETTERS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：风险等级分A级、B级、C级，A级为高风险，B级为中风险，C级为低风险。", 9)
    sh.add("填报人：", None, None, "审核人：", None, None, "2024年11月", None, None)
    return _layout(
        "tourism_company_letters", "https://0477ly.com/newsdetail/news455437.html",
        "county 文化旅游 company 廉洁风险防控清单 after the source's 审计 of a county's 文旅 industry (产业扶持, 项目建设, "
        "景区配套设施, 资金使用不规范): 序号/部门 merged (公司领导, 景区运营部, 票务中心, 工程部, 财务审计部)/岗位 and 姓名 "
        "merged per person (the compound surname ``万俟清秋``)/a short ``风险点`` beside a long ``风险表现``/风险等级 "
        "``A级/B级/C级``/防控措施/a trailing ``监督部门``; no type column; the 注 under the table reading the letters "
        "(``A级为高风险，B级为中风险，C级为低风险``); 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def bus_company_blank_rows() -> dict:
    unit = f"{PLACE}公共交通有限责任公司"
    sh = _Sheet("Sheet1", [6, 12, 12, 8, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("公司领导", [
            ("总经理", "臧远途", "新能源公交车辆采购不经集体研究", "制度机制风险", "高",
             "车辆采购经总经理办公会研究,按规定公开招标。"),
        ]),
        ("运营调度部", [
            ("部长", "麴行舟", "线路调整、站点设置受人请托", "外部环境风险", "中",
             "线路、站点调整经公开征求意见,报交通运输局审批。"),
            ("调度员", "经小禾", "排班派车优亲厚友,虚报加班", "岗位职责风险", "低",
             "排班表提前公布,加班凭调度系统记录核定。"),
        ]),
        ("票务稽查部", [
            ("稽查员", "师沁园", "稽查中发现驾驶员私收票款不报告", "思想道德风险", "中",
             "稽查两人同行,稽查记录当日上报。"),
            ("票款清点员", "戈棠溪", "票款清点不双人,截留零钞", "业务流程风险", "高",
             "票款清点双人在监控下进行,清点结果当日入账。"),
        ]),
        ("安全机务部", [
            ("部长", "井川流", "车辆维修配件以次充好、虚报维修项目", "岗位职责风险", "高",
             "维修项目由驾驶员、机务员、部长三方签字,旧件交回。"),
            ("部长", "井川流", "燃料、充电费用结算审核不严", "业务流程风险", "中",
             "燃料、电费按车辆运行数据逐月核对后结算。"),
        ]),
    ]  # fmt: skip
    n = 0
    for k, (dept, rows) in enumerate(groups):
        if k:
            sh.add()  # a blank row between the 部门
        first = len(sh.rows)
        for post, who, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:4]  # noqa: E731
        _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, "2024年4月", None)
    return _layout(
        "bus_company_blank_rows", "http://lamamei.com/gongzuo/baogao/36922.html",
        "county 公交 company 廉洁风险点排查一览表 after the source's 绩效评价报告 of a 市公共交通有限责任公司 (新能源公交车 "
        "购置, 运营补助, 运行里程, 运营成本): 序号 running on/部门 merged (公司领导, 运营调度部, 票务稽查部, 安全机务部)/"
        "岗位 and 姓名 merged per person/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施, the 部门 groups PARTED BY "
        "A BLANK ROW inside the table, the header not repeated; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def water_company_department_last() -> dict:
    unit = f"{PLACE}自来水有限公司"
    sh = _Sheet("清单", [6, 34, 8, 34, 12, 12, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 7)
    sh.add("序号", "风险点", "风险等级", "防控措施", "责任部门", "责任岗位", "责任人")
    rows = [
        ("一户一表改造工程施工单位选定不公开", "高", "施工单位公开招标,结果在公司网站公示。", "公司领导",
         "总经理", "匡濯缨"),
        ("新装用户接水工程收费不透明,私收接水费", "高", "接水收费标准上墙公示,统一开具票据。", "管网部",
         "部长", "柯引泉"),
        ("管网维修材料领用不登记,虚报用量", "中", "材料领用登记,旧件交回核销。", "管网部", "部长", "柯引泉"),
        ("估抄、漏抄,为关系户少计水量", "中", "抄表数据拍照上传,每月随机复抄。", "营业收费部", "抄表员",
         "粟小渠"),
        ("水费现金收款不入账", "高", "推行线上缴费,现金收款日清日结。", "营业收费部", "收费员", "卓涓然"),
        ("出厂水水质检测数据弄虚作假", "中", "检测数据实时上传,样品留存,定期送第三方复检。", "水质检测中心",
         "化验员", "祁澄碧"),
        ("办公用品、车辆维修采购不比价", "低", "采购三家比价,按月公开。", "综合办公室", "主任", "屈望川"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, lv, measures, dept, post, who) in enumerate(rows, 1):
        sh.add(n, point, lv, measures, dept, post, who)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    per_person = lambda row: row[4:7]  # noqa: E731
    _merge_down(sh, first, [(4, lambda row: row[4]), (5, per_person), (6, per_person)])
    sh.add()
    sh.add("填报人：", None, "审核人：", None, "2024年3月", None, None)
    return _layout(
        "water_company_department_last", "http://yzsmyzz.com/news/shuiyexinwen/4/19074.html",
        "county 自来水 company 廉洁风险防控清单 after the source's account of a county 自来水公司's 一户一表 改造 (输水管, 水表"
        "井, 按计量收费, 专人维修): the holder's columns LAST — 序号/风险点/风险等级 高/中/低/防控措施/``责任部门`` merged "
        "(公司领导, 管网部, 营业收费部, 水质检测中心, 综合办公室)/``责任岗位`` and ``责任人`` merged per person; no type "
        "column; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    grain_reserve_level_sheets(),
    longxi_station_summary(),
    village_assets_two_line_title(),
    community_work_column(),
    tcm_hospital_two_row_header(),
    kindergarten_post_cards(),
    middle_school_class_teachers(),
    tourism_company_letters(),
    bus_company_blank_rows(),
    water_company_department_last(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch159-inbox"))
