"""A hundred-and-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — a 村's
防控卡, a 社区's 清单, a 镇's 站所 一览表, a 县技工学校's 排查台账, a 县高级中学's 清单, a 县妇幼保健院's
排查表, a 县人力资源服务公司's 清单, a 县城市停车管理公司's 一览表 and a 县汽车客运总站's 排查表 — each sent
the way such offices fill them, every one of them in an invented 泗洪县 (its towns 澥溪镇, 蒲汀镇,
its 洙湄街道 and the places in the school's name invented too):

- a 社区's 清单 whose ``责任人及电话`` cells hold the name AND the mobile number (``斛雨萱 13905271468``)
  as a 公示 board lists them, beside 职务 and 分管工作;
- a 镇's 站所 一览表 where ONE person holds posts in two 站所 (储泽远, 财政所所长 and 农村经济经营管理站
  站长, his rows apart), nothing marking the second as a 兼职;
- a 县技工学校's 排查台账 with an ``排查时间`` column of real dates on every row;
- a 县高级中学's 清单 对岗不对人 with a ``调整后等级`` column filled on two rows only (the rest keep
  their ``风险等级``), a 注 under it saying so;
- a 县妇幼保健院's 排查表 led by a ``类别`` column (院领导, 职能科室, 保健科室, 临床科室, 医技科室 —
  kinds of 科室, no risk type) before ``科室``, with its own ``风险类型`` column further right;
- a 县人力资源服务有限公司's 清单 对岗不对人 whose 部门 carry a second name in brackets as merged
  departments do (``综合部（党群工作部）``, ``财务部（审计部）``), a short ``风险事项`` beside a long
  ``风险描述``, ``管控措施``;
- a 县城市停车管理有限公司's 一览表 whose department column is headed ``部门（负责人）`` and reads
  ``运营管理部（殷昊然）`` — the department and its head, who also holds a row of his own;
- a 县汽车客运总站's 排查表 whose ``姓名`` cell for the A/B 售票员 reads ``钮若溪/凤语桐``.

One is harder:

- ``village_type_prefix_cards``: a 村's 防控卡 one per sheet with no 风险类型 column: every 风险点 cell
  OPENS with its type, as the five-type template has them written — ``思想道德风险：…``,
  ``制度机制风险：…``, ``岗位职责风险：…``, ``业务流程风险：…``, ``外部环境风险：…``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (村会计异村任职 and 村级小微权力清单;
出生医学证明 and 妇幼保健机构; 国有企业的劳务派遣用工; a 居委会's 主任/副主任/委员 and their 分管;
乡镇干部 一人多岗; a 国有停车公司 and its 路边停车位; a 技工学校's 虚假学籍 and 国家助学金; a 高级中学
校长's 教辅回扣; a 县汽车客运总站's 安检 and 售票) and the layout follows their words. Rows worded by us,
names invented.

Run ``python tests/published/score.py --set batch107`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b107_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a 风险点 cell opening with its type (``制度机制风险：…``) is a point of that type: the point is the
  text after the colon, the type the prefix (as batch34 took ``…（制度机制）`` after the point);
- ``斛雨萱 13905271468`` under ``责任人及电话`` is the holder 斛雨萱 (the number is no part of her);
- ``填报单位：泗洪县蒲汀镇人民政府`` names the unit; the 镇's 站所 in the ``站所`` column are its 科室;
- one name on two 站所's rows (``财政所 | 所长 | 储泽远`` and ``农村经济经营管理站 | 站长 | 储泽远``) is one
  person with two forms, one for each post;
- an ``排查时间`` date is no point and names nobody;
- a ``调整后等级`` filled on some rows is those rows' level; a blank one leaves the ``风险等级`` standing
  (the 注 says so);
- a ``类别`` column of 科室 kinds (``临床科室``) names no type and no 科室: the type is the
  ``风险类型``, the 科室 the ``科室`` column; ``院领导`` merged over both is the leaders' 科室;
- ``综合部（党群工作部）`` is ONE department with its second name, kept as written;
- ``运营管理部（殷昊然）`` under ``部门（负责人）`` is the department 运营管理部; the name in brackets is its
  head, a holder only through his own row;
- ``钮若溪/凤语桐`` under 姓名 are two holders of one post: two forms with the same points;
- 党总支书记、村委会主任, 社区党委书记、居委会主任, 院长, 副院长, 校长, 副校长, 董事长、总经理, 总经理,
  副总经理, 站长 and 副站长 of the 客运总站 are leaders; 所长 and 站长 of a 镇's 站所, 主任 of a 中心/室/处/
  年级部, 科长, 科主任, 处长, 部长, 村务监督委员会主任 and 居委会副主任 middle; the rest general.

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

PREFIX = "b107_"
PLACE = "泗洪县"
LEADERS = ("党总支书记、村委会主任", "社区党委书记、居委会主任", "院长", "副院长", "校长", "副校长",
           "董事长、总经理", "总经理", "副总经理")  # fmt: skip
MIDDLE = ("所长", "站长", "主任", "科长", "科主任", "处长", "部长", "村务监督委员会主任", "居委会副主任",
          "教务主任", "总务主任", "政教主任", "年级部主任")  # fmt: skip


def _tier(post: str) -> str:
    return "leader" if post in LEADERS else "middle" if post in MIDDLE else "general"


# --------------------------------------------------------------------------- harder layout


def village_type_prefix_cards() -> dict:
    unit = f"{PLACE}澥溪镇芡塘村"
    t = _Truth(unit)
    cards = [
        ("书记", "公孙砚池", "党总支书记、村委会主任", "主持村党总支和村委会全面工作,负责村级重大事项决策、"
         "集体资产资源管理", [
            ("思想道德风险", "理想信念淡化,在村级事务中搞“一言堂”,以个人意见代替集体决定", "中",
             "每月参加党总支学习,重大事项一律提交“两委”会议研究。"),
            ("制度机制风险", "不按“四议两公开”程序决定村级工程发包和集体资产出租", "高",
             "严格执行“四议两公开”,决议和实施结果在村务公开栏公示。"),
            ("岗位职责风险", "在低保、危房改造对象推荐中优亲厚友", "高",
             "推荐对象经村民代表会议评议,名单公示七天。"),
            ("外部环境风险", "接受承包户、施工方宴请或礼品,在发包验收中予以照顾", "中",
             "签订廉洁承诺,发包验收邀请村务监督委员会全程参与。"),
        ]),
        ("会计", "上官以沫", "村会计", "负责村级会计核算、票据审核和财务公开(由镇统一选派,异村任职)", [
            ("制度机制风险", "对村干部签批的白条、不合规票据予以入账", "高",
             "不合规票据一律退回,入账票据经村务监督委员会审核签字。"),
            ("业务流程风险", "财务收支不按季度公开,公开内容与账目不符", "中",
             "每季度逐笔公开财务收支,公开照片报镇农经站备查。"),
            ("岗位职责风险", "村级资金支付审核把关不严,大额现金支付", "中",
             "大额支出一律转账支付,支付凭证双人复核。"),
        ]),
        ("监委会主任", "呼延晓岑", "村务监督委员会主任", "负责村务监督委员会全面工作,监督村务公开和村级财务", [
            ("思想道德风险", "碍于情面,对村干部违规行为不监督、不报告", "低",
             "监督情况每季度向镇纪委书面报告。"),
            ("岗位职责风险", "对村级票据审核签字走过场", "中", "票据审核逐张登记,审核意见写明理由。"),
            ("外部环境风险", "在集体资产发包监督中受人请托,为竞标人通风报信", "中",
             "发包过程全程录像,监督人员签订保密承诺。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, duty, points in cards:
        sh = _Sheet(tab, [6, 44, 10, 40])
        _line(sh, f"{unit}村干部岗位廉政风险防控卡", 4)
        sh.add("姓名", who, "职务", post)
        r = sh.add("岗位职责", duty, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for n, (kind, point, lv, measures) in enumerate(points, 1):
            sh.add(n, f"{kind}：{point}", lv, measures)
            t.point(sh.name, "", post, who, _tier(post), point, types_in(kind), HML[lv])
        sh.add()
        sh.add("本人签字：", None, "村党总支（盖章）", "2024年3月")
        sheets.append(sh)
    return _layout(
        "village_type_prefix_cards",
        "https://nanjing.baogaosu.com/xinwen/%25E4%25B8%25AA%25E6%259D%2591%25E5%25AE%259E%25E8%25A1%258C%25E4%25BC%259A%25E8%25AE%25A1%25E5%25BC%2582%25E6%259D%2591/67727882",
        "(harder) 村干部岗位廉政风险防控卡 after the source's report on 村会计异村任职 and a 县's 村级小微权力清单 "
        "(村支书, 村会计 and their 财务 指令): one card a sheet (tabs ``书记``, ``会计``, ``监委会主任``), the title, a "
        "``姓名 | … | 职务 | …`` row (the 一肩挑 post ``党总支书记、村委会主任`` one post), a ``岗位职责`` row merged, "
        "then 序号/风险点/风险等级 高/中/低/防控措施 with NO type column: every 风险点 cell OPENS with its type as the "
        "five-type template writes them — ``思想道德风险：理想信念淡化,…``, ``制度机制风险：不按“四议两公开”…``, "
        "``岗位职责风险：…``, ``业务流程风险：…``, ``外部环境风险：…``; ``本人签字： | 村党总支（盖章） | date`` under it",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def community_name_and_phone() -> dict:
    unit = f"{PLACE}洙湄街道柽柳社区"
    sh = _Sheet("Sheet1", [6, 16, 18, 14, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}工作人员廉政风险防控清单", 7)
    sh.add("序号", "职务", "责任人及电话", "分管工作", "风险点", "风险等级", "防控措施")
    people = [
        ("社区党委书记、居委会主任", "斛雨萱", "13905271468", "主持全面工作", [
            ("社区集体用房出租不经“两委”集体研究,低价租给熟人", "高",
             "出租方案经“两委”会议研究、居民代表会议通过,租金收入入账公示。"),
            ("社区微实事项目指定施工队伍,验收走过场", "高", "项目三家比选,居民代表参与验收。"),
        ]),
        ("居委会副主任", "殳砚舟", "13852763019", "民政、低保", [
            ("低保入户调查不实,优亲厚友", "高", "入户调查两人以上,评议结果公示七天。"),
            ("临时救助申请材料审核不严", "中", "救助材料逐项核对,审核意见签字留档。"),
        ]),
        ("社区党委委员", "笪晚晴", "15905271732", "党建、退役军人", [
            ("党费收缴不及时上交,收缴登记不全", "低", "党费按月收缴登记,收据一式两份。"),
        ]),
        ("居委会委员", "佘文柏", "18752710465", "城市管理、网格", [
            ("对违建、占道经营知情不报,收受商户好处", "中", "网格巡查全程记录,问题线索当日上报街道。"),
        ]),
        ("社区工作者", "郦若兮", "13813470926", "社区报账", [
            ("社区经费报销票据不实,虚列活动支出", "中", "活动支出附签到表、照片,报销经书记审签。"),
            ("收取的场地使用费不及时存入账户", "低", "现金收入当日登记,三日内存入社区账户。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for post, who, phone, work, points in people:
        for point, lv, measures in points:
            n += 1
            sh.add(n, post, f"{who} {phone}", work, point, lv, measures)
            t.point(sh.name, "", post, who, _tier(post), point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("社区党委（盖章）", None, None, "街道纪工委审核：", None, "2024年5月", None)
    return _layout(
        "community_name_and_phone", "https://news.czt.cc/shucs/202511/969128.html",
        "社区 工作人员廉政风险防控清单 after the source's account of a 居委会 (主任 负责全面工作, 副主任 and 委员 "
        "分管 治安、民政、文体; 居民代表; 定期会议, 信息公开): 序号/职务/``责任人及电话`` whose cells hold the name, a "
        "space and the mobile number (``斛雨萱 13905271468``, ``殳砚舟 13852763019``), as 公示 boards list them/"
        "``分管工作`` (民政、低保; 城市管理、网格)/风险点/风险等级 高/中/低/防控措施 — 职务, 责任人 and 分管 merged "
        "per person; no 科室 and no type column; 盖章/审核/date line",
        [sh], t,
    )  # fmt: skip


def town_one_person_two_stations() -> dict:
    town = f"{PLACE}蒲汀镇"
    unit = f"{town}人民政府"  # as the 填报单位 line names it
    sh = _Sheet("一览表", [6, 18, 10, 9, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{town}站所岗位廉政风险点一览表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年6月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("财政所", "所长", "储泽远", "惠农补贴资金“一卡通”发放名单审核不严,冒领错发", "岗位职责", "高",
         "发放名单与部门审批名单逐户比对,发放结果在村务公开栏公示。"),
        ("财政所", "会计", "芮晓岚", "镇机关经费报销凭证审核不严,虚列会议、培训支出", "制度机制", "中",
         "报销附会议通知、签到表,经所长、分管领导两级审签。"),
        ("农村经济经营管理站", "站长", "储泽远", "村级集体资产发包、出租监管不到位,合同不备案", "制度机制", "高",
         "发包出租一律进镇农村产权交易平台,合同报经管站备案。"),
        ("农村经济经营管理站", "站长", "储泽远", "村级财务代理记账中对不合规票据放行", "业务流程", "中",
         "代理记账票据逐张审核,不合规票据退回并登记。"),
        ("退役军人服务站", "站长", "鲜于蔓", "优抚对象资格审核把关不严,为不符合条件人员申报", "岗位职责", "中",
         "资格材料村、镇两级审核,申报名单公示。"),
        ("退役军人服务站", "工作人员", "钮景行", "优待金发放名册与审批名单不符", "业务流程", "低",
         "发放名册由经办人、站长双人核对签字。"),
        ("农业农村服务中心", "主任", "栾清辞", "农机购置补贴机具核验走过场,对编码不符的机具签字放行", "岗位职责", "高",
         "核验逐台拍照、核对整机编码和发动机号,核验表购机户签字。"),
        ("农业农村服务中心", "主任", "栾清辞", "高标准农田项目验收中接受施工单位宴请,降低验收标准", "外部环境", "中",
         "验收组三人以上,验收意见集体签署,拒收礼品登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：芮晓岚", None, None, "审核人：", None, None, "镇纪委（盖章）", None)
    return _layout(
        "town_one_person_two_stations", "https://lx.edulxw.cn/news/index/detail.html?area_id=0&id=46441",
        "镇 站所岗位廉政风险点一览表 after the source's report on 乡镇 一人多岗 (人手紧张, 一个萝卜管好几个坑, a 副镇长 "
        "对口14个部门): a ``填报单位：…人民政府 | 填报时间：…`` line; 序号/站所 merged (财政所, 农村经济经营管理站, "
        "退役军人服务站, 农业农村服务中心)/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "高/中/低/防控措施 — ONE person on two 站所's rows, 储泽远 财政所 所长 and 农村经济经营管理站 站长, with "
        "another holder's row between them and nothing marking either post as 兼职; 填表人 (also a holder)/审核人/"
        "镇纪委 line",
        [sh], t,
    )  # fmt: skip


def tech_school_check_dates() -> dict:
    unit = f"{PLACE}技工学校"
    sh = _Sheet("台账", [6, 12, 12, 12, 9, 34, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险排查台账", 8)
    sh.add("序号", "排查时间", "处室", "岗位", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        (8, "校领导", "校长", "公羊思远", "实训设备采购项目拆分规避公开招标", "高",
         "实训设备采购按限额标准招标,采购需求经校务会研究。"),
        (8, "校领导", "副校长", "饶书禾", "校企合作项目收益分配不经集体研究", "中",
         "校企合作协议和收益分配方案经校务会审议并公开。"),
        (9, "学生处", "处长", "巩星野", "中职国家助学金受助学生认定不实", "高",
         "受助学生经班级评议、学校审核,名单公示五个工作日。"),
        (9, "学生处", "学籍管理员", "邬晴川", "以虚假信息注册学籍,虚报在校生人数", "高",
         "学籍注册与学生到校考勤、缴费记录比对,每学期专项核查。"),
        (10, "招生就业处", "处长", "皇甫澄", "招生中向中介支付生源费,搞有偿招生", "高",
         "招生计划和宣传材料报主管部门备案,严禁委托中介招生。"),
        (10, "招生就业处", "就业指导员", "蒿若川", "安排顶岗实习单位时收受企业好处", "中",
         "实习单位经集体研究确定,实习协议三方签订。"),
        (13, "实训中心", "主任", "申屠砚", "实训耗材领用登记不实,废旧材料私自变卖", "中",
         "耗材按课时定额领用,废旧材料统一回收处置。"),
        (13, "总务处", "出纳", "司徒念", "学生代收费不及时入账,坐收坐支", "低", "代收费当日开票,次日存入学校账户。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (day, dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, datetime(2024, 5, day), dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    _merge_down(sh, first, [(2, lambda row: row[2])])
    sh.add()
    sh.add("排查人：", None, None, "审核人：", None, None, "学校纪检委员（签字）：", None)
    return _layout(
        "tech_school_check_dates", "http://www.china21edu.com/HTML/AT/ATS/12/2010/11-9/177951.shtml",
        "县技工学校 廉政风险排查台账 after the source's report on a 技工学校 that registered 500 false 学籍 and "
        "took 国家助学金 for them: 序号/``排查时间`` — a real DATE cell on every row (2024年5月8日 … 5月13日)/处室 "
        "merged (校领导, 学生处, 招生就业处, 实训中心, 总务处)/岗位/责任人 (names)/风险点/风险等级 高/中/低/防控措施; "
        "no type column; 排查人/审核人/纪检委员 line",
        [sh], t,
    )  # fmt: skip


def high_school_sparse_adjusted() -> dict:
    unit = f"{PLACE}苇渚高级中学"
    sh = _Sheet("清单", [6, 12, 12, 36, 8, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单（2024年动态调整）", 7)
    sh.add("序号", "处室", "岗位", "风险点", "风险等级", "调整后等级", "防控措施")
    rows = [
        ("校长室", "校长", "学校重大事项、大额资金使用不经校务会集体研究", "高", None,
         "严格执行“三重一大”集体决策,会议纪要存档。"),
        ("校长室", "副校长", "教辅资料征订中接受书商返点", "中", "高",
         "教辅征订坚持自愿原则,书目经家长委员会审议,不得收取任何费用。"),
        ("教务处", "教务主任", "教辅资料征订目录把关不严,搭车推销", "中", None,
         "征订目录以上级公布目录为准,征订结果公示。"),
        ("教务处", "教务主任", "学生学籍异动审核不严,违规转入转出", "中", None,
         "学籍异动经年级部、教务处、分管副校长三级审核。"),
        ("总务处", "总务主任", "食堂大宗食材采购不比价,收受供应商好处", "高", None,
         "大宗食材公开招标定点采购,验收三人以上签字。"),
        ("总务处", "食堂管理员", "学生伙食费结余挪作他用", "低", "中",
         "伙食费单独核算,每月公布收支和结余。"),
        ("高一年级部", "年级部主任", "班级编排中收受家长好处,违规调班", "中", None,
         "分班按成绩均衡编排,调班须书面申请并经校长室批准。"),
        ("政教处", "政教主任", "学生资助对象评定中优亲厚友", "中", None,
         "资助对象经班级评议、学校审核,名单公示。"),
        ("政教处", "宿舍管理员", "住宿费收取不开票,收费不入账", "低", None, "住宿费统一由财务开票收取。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, lv, new, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, new, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, [], HML[new or lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post)])
    _line(sh, "注：“调整后等级”栏为本次动态调整的风险点填写，空白的风险等级不变。", 7)
    sh.add("填报人：", None, None, "校长签字：", None, "2024年9月", None)
    return _layout(
        "high_school_sparse_adjusted", "http://m.mmjidi.com/mmjidi/809.html",
        "县高级中学 岗位廉政风险防控清单（2024年动态调整） 对岗不对人 after the source's report on a 第一高级中学 "
        "校长 taking 回扣 on 教辅资料 (书商, 返点, 征订): 序号/处室 merged (校长室, 教务处, 总务处, 高一年级部, 政教处)/"
        "岗位 merged per post (no names)/风险点/风险等级 高/中/低/``调整后等级`` FILLED ON TWO ROWS ONLY (副校长's "
        "教辅返点 中→高, 食堂管理员's 伙食费结余 低→中), blank elsewhere/防控措施; a merged 注 under the table "
        "(``空白的风险等级不变``); 填报人/校长签字/date",
        [sh], t,
    )  # fmt: skip


def maternal_hospital_category_column() -> dict:
    unit = f"{PLACE}妇幼保健院"
    sh = _Sheet("排查表", [6, 10, 12, 10, 9, 34, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 9)
    sh.add("序号", "类别", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院领导", "院领导", "院长", "慕容澍", "医疗设备采购论证不充分,指定品牌型号", "制度机制", "高",
         "设备采购经院长办公会和专家论证,按规定公开招标。"),
        ("院领导", "院领导", "副院长", "晁以宁", "出生医学证明空白证领用审批把关不严", "岗位职责", "中",
         "空白证按需领用,领用、签发、作废逐份登记,每月核对。"),
        ("职能科室", "院办公室", "主任", "印书瑶", "公务接待超标准,虚列接待费用", "制度机制", "低",
         "接待先审批后实施,接待清单按月公示。"),
        ("职能科室", "财务科", "会计", "帅嘉言", "医疗收费收入不及时入账,坐支现金", "业务流程", "高",
         "收费日清日结,收入当日存入银行,财务每周核对。"),
        ("保健科室", "儿童保健科", "科长", "咸沐晨", "儿童免费健康体检虚报人数,套取公共卫生补助", "岗位职责", "中",
         "体检名单与预防接种系统比对,随机电话回访。"),
        ("临床科室", "产科", "科主任", "羿清和", "出生医学证明信息审核不严,为不符合条件者签发", "岗位职责", "高",
         "签发前核对母亲身份证件和分娩记录,签发双人复核。"),
        ("医技科室", "检验科", "科长", "汲远帆", "检验试剂采购中收受供应商好处", "外部环境", "中",
         "试剂进入医院集中采购目录,科室不得自行采购。"),
        ("医技科室", "药剂科", "药师", "荀晓棠", "药品出入库数量不符,私自调换药品", "业务流程", "中",
         "药品出入库信息化管理,每月盘点,账物相符。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (kind, dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        if kind == "院领导":  # one merge over 类别 and 科室 of the leaders' rows, typed once
            kind, dept_shown = ("院领导" if n == 1 else None), None
        else:
            dept_shown = dept
        sh.add(n, kind, dept_shown, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    sh.merge(first, 1, first + 1, 2)
    _merge_down(sh, first + 2, [(1, lambda row: row[1]), (2, lambda row: row[2])])
    sh.add()
    sh.add("科室负责人签字：", None, None, None, "院长签字：", None, None, "2024年4月", None)
    return _layout(
        "maternal_hospital_category_column", "https://xiexiebang.com/a2/201905120/193de5da496d514c.html",
        "县妇幼保健院 岗位廉政风险点排查表 after the source's 出生医学证明管理办法 (妇幼保健机构 管理 空白证的申领、保管、"
        "发放, 签发机构): 序号/``类别`` — kinds of 科室 (职能科室, 保健科室, 临床科室, 医技科室), the header a word "
        "that also means a risk type — merged down/科室 merged/岗位/姓名/风险点/``风险类型`` (short names)/风险等级 "
        "高/中/低/防控措施; ``院领导`` merged over 类别 AND 科室 for the 院长 and 副院长; signature/date line",
        [sh], t,
    )  # fmt: skip


def hr_company_dual_named_depts() -> dict:
    unit = f"{PLACE}人力资源服务有限公司"
    sh = _Sheet("清单", [6, 20, 14, 16, 34, 8, 34])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉洁风险防控清单", 7)
    sh.add("序号", "部门", "风险岗位", "风险事项", "风险描述", "风险等级", "管控措施")
    rows = [
        ("公司领导", "董事长、总经理", "“三重一大”决策不规范",
         "重大投资、大额资金使用和派遣服务定价未经党支部前置研究和董事会集体决策", "高",
         "落实党支部前置研究,董事会议事规则公开,会议纪要存档。"),
        ("公司领导", "副总经理", "派遣服务项目让利",
         "承接机关事业单位派遣服务项目时向关系单位降低服务费标准", "中",
         "服务费标准经总经理办公会确定,合同法务审核。"),
        ("综合部（党群工作部）", "部长", "招聘考核不公", "自主招聘时因人设置条件,面试打分不公正", "高",
         "招聘方案报国资主管部门备案,面试考官随机抽取,成绩当场公布。"),
        ("综合部（党群工作部）", "文秘", "公章违规使用", "未经审批使用公章,为他人出具收入、在职证明", "低",
         "用印登记,一事一批,证明类用印部长审签。"),
        ("派遣业务部", "部长", "虚增派遣人数", "虚增派遣人员人数,冒领用工单位支付的派遣人员工资", "高",
         "派遣人员花名册与用工单位考勤表每月核对,工资直接打卡。"),
        ("派遣业务部", "业务专员", "社保代缴不实", "社会保险费代缴基数不实,截留代缴资金", "中",
         "代缴明细与社保经办系统逐人核对,每季度向派遣人员公开。"),
        ("财务部（审计部）", "会计", "费用报销审核不严", "报销凭证审核不严,虚列差旅、会议费用", "中",
         "报销实行网上审批,票据真伪查验。"),
        ("财务部（审计部）", "出纳", "资金支付违规", "未经审批支付资金,公款私存", "高",
         "支付实行双人复核,银行账户余额每日核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, desc, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("部门负责人：", None, None, "纪检监察员：", None, "2024年7月", None)
    return _layout(
        "hr_company_dual_named_depts", "https://www.2875.com.cn/W5jnqwz5/",
        "县人力资源服务有限公司 岗位廉洁风险防控清单 对岗不对人 after the source's study of 国有企业 劳务派遣 (派遣单位, "
        "用工单位, 派遣员工 的工资和社保): ``附件1``, title, 序号/部门 merged, the departments written with their second "
        "name in brackets as merged (合署) departments are — ``综合部（党群工作部）``, ``财务部（审计部）`` — beside "
        "``公司领导`` and ``派遣业务部``/``风险岗位`` (the 一肩挑 ``董事长、总经理`` one post)/a short ``风险事项`` "
        "beside a long ``风险描述``/风险等级 高/中/低/``管控措施``; no names, no type column",
        [sh], t,
    )  # fmt: skip


def parking_company_dept_head() -> dict:
    unit = f"{PLACE}城市停车管理有限公司"
    sh = _Sheet("一览表", [6, 20, 10, 9, 34, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险点一览表", 8)
    sh.add("序号", "部门（负责人）", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    heads = {"运营管理部": "殷昊然", "收费稽核部": "尉迟澜", "财务部": "戚沐阳"}
    rows = [
        ("公司领导", "总经理", "澹台景明", "停车泊位经营权对外发包不经集体研究", "制度机制", "高",
         "经营权发包经董事会研究,进入公共资源交易平台。"),
        ("公司领导", "副总经理", "昝若愚", "智慧停车系统采购中设置倾向性技术参数", "外部环境", "高",
         "技术参数经专家论证,采购文件法务审核。"),
        ("运营管理部", "部长", "殷昊然", "为关系单位违规办理包月停车优惠", "岗位职责", "中",
         "包月优惠对象和标准公示,办理结果月底汇总公开。"),
        ("运营管理部", "巡查员", "缪清越", "巡查中对违停车辆选择性处置", "思想道德", "低",
         "巡查全程使用执法记录仪,处置记录系统留痕。"),
        ("收费稽核部", "部长", "尉迟澜", "收费稽核走过场,对短收漏收不追究", "岗位职责", "中",
         "稽核结果每周通报,短收漏收逐笔追缴。"),
        ("收费稽核部", "收费员", "滕语桐", "现金收费不出票,截留停车费", "业务流程", "高",
         "推行电子支付,现金收费必须出具票据,每日交款核对。"),
        ("收费稽核部", "收费员", "滕语桐", "私自减免停车费", "思想道德", "中", "减免须经部长审批并登记。"),
        ("财务部", "部长", "戚沐阳", "停车收入不及时上缴,公款私存", "制度机制", "高",
         "停车收入每日归集到公司账户,月度对账。"),
        ("财务部", "出纳", "阮星禾", "电子支付收入对账不及时,差错不处理", "业务流程", "低",
         "电子支付平台流水每日与收费系统核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        shown = f"{dept}（{heads[dept]}）" if dept in heads else dept
        sh.add(n, shown, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报人：", None, None, "审核人：", None, None, "2024年8月", None)
    return _layout(
        "parking_company_dept_head", "https://articles.zkiz.com/?id=29473",
        "县城市停车管理有限公司 岗位廉洁风险点一览表 after the source's report on a 国有停车管理公司 (路边停车位的经营权, "
        "股权转让, 受贿): 序号/the department column headed ``部门（负责人）`` and read ``运营管理部（殷昊然）``, "
        "``收费稽核部（尉迟澜）``, ``财务部（戚沐阳）`` (the department and its head in brackets; ``公司领导`` without), "
        "merged/岗位 and 姓名 merged per person (each head also holds his own 部长 row)/风险点/风险类别 (short names)/"
        "风险等级 高/中/低/防控措施; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def bus_station_two_names_slash() -> dict:
    unit = f"{PLACE}汽车客运总站"
    sh = _Sheet("排查表", [6, 10, 10, 14, 34, 10, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "东方煜", "客运班线站务承包、车辆进站协议不经集体研究", "制度机制", "高",
         "站务承包和进站协议经站务会研究,协议文本公开。"),
        ("站领导", "副站长", "夏侯以琛", "车辆进站营运服务费减免随意", "岗位职责", "中",
         "服务费减免标准公开,减免审批实行双签。"),
        ("票务室", "主任", "濮阳若枫", "票款缴存不及时,挪用票款", "制度机制", "高",
         "票款当日缴存银行,票务系统与银行流水每日核对。"),
        ("票务室", "售票员", "钮若溪/凤语桐", "预留、倒卖节假日紧俏车票", "思想道德", "中",
         "实名制售票,预留票须主任审批,售票记录每日抽查。"),
        ("票务室", "售票员", "钮若溪/凤语桐", "退票手续费私自收取不入账", "业务流程", "中",
         "退票全部通过售票系统办理,手续费系统自动入账。"),
        ("安检室", "安检员", "寇晨阳", "收受好处放行携带危险品的旅客", "外部环境", "高",
         "安检全程视频监控,“三不进站”检查记录每日上报。"),
        ("调度室", "调度员", "景澜舟", "违规安排非营运车辆进站揽客", "岗位职责", "中",
         "进站车辆凭营运证登记,调度记录系统留存。"),
        ("调度室", "调度员", "景澜舟", "出站检查登记走过场,放行超员车辆出站", "业务流程", "高",
         "落实“六不出站”,出站登记表驾驶员、检查员双签。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, shown, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, shown, point, typ, lv, measures)
        tier = "leader" if dept == "站领导" else _tier(post)  # the 总站's own 站长 and 副站长
        for who in shown.split("/"):
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("站长签字：", None, None, "填表人：", None, None, "2024年10月", None)
    return _layout(
        "bus_station_two_names_slash", "http://www.lx176.com/html/2008-8/200881683904.htm",
        "县汽车客运总站 岗位廉政风险点排查表 after the source's report on a 县汽车客运总站 during the 奥运 (候车厅, "
        "售票厅, X光 安检, 进场口 and 出场口, 车站科长以上领导): 序号/科室 merged (站领导, 票务室, 安检室, 调度室)/"
        "岗位 and 姓名 merged per person — the A/B 售票员 written in ONE 姓名 cell ``钮若溪/凤语桐``/风险点/"
        "风险类型 (short names)/风险等级 高/中/低/防控措施; 站长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    village_type_prefix_cards(),
    community_name_and_phone(),
    town_one_person_two_stations(),
    tech_school_check_dates(),
    high_school_sparse_adjusted(),
    maternal_hospital_category_column(),
    hr_company_dual_named_depts(),
    parking_company_dept_head(),
    bus_station_two_names_slash(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch107-inbox"))
