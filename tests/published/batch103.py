"""A hundred-and-third batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — a 镇's
站所, a 村's 小微权力 清单, a 社区's 工作人员, a 县第二人民医院, a 镇中心小学, a 县城乡公交公司, a
县动物卫生监督所 with its 分所 and a 县农贸市场运营公司 — each sending its 一览表 / 排查表 / 清单 / 卡
the way such offices do, every one of them in an invented 睢宁县 (its towns 桐墩镇, 芦湾镇, 菱塘镇
and its 芸台街道 invented too):

- a 镇's 站所 排查表 one sheet per 站所, the tabs SHORT names (``农服站``, ``水利站``, ``文化站``), the
  title the full name (``睢宁县桐墩镇农业综合服务站岗位廉政风险排查表``), above the table cells that
  hold label and value together (``站所负责人：訾念秋``, ``分管领导：亓官澈``, ``填报时间：…``); the
  分管领导 (a 副镇长) holds no row;
- a 社区 工作人员廉洁风险自查表 one per sheet (tabs ``Sheet1``…``Sheet3``), the holder, post and
  分管工作 in ONE merged cell above the table (``姓名：韶清让　　职务：居委会副主任　　分管工作：民政、
  低保``), a short 风险点 beside a long ``主要表现``;
- a 县第二人民医院 排查表 led by a ``风险编号`` column (``LJ-01``…) instead of 序号, 科室 merged (院领导,
  设备科, 药剂科, 财务科), 岗位/责任人, short types, and a trailing ``监督科室`` (纪检监察室, 审计科:
  offices, no 科室 of the rows);
- a 镇中心小学 岗位廉政风险防控卡 one per sheet (tabs the posts), the pairs above the table written
  label and value in ONE cell each (``姓名：阙知远 | 所在处室：校长室 | 职务：校长``), a ``岗位职责：…``
  line merged across;
- a 县城乡公交公司 清单 under a two-row header (``廉洁风险`` over ``风险点 | 风险类别 | 风险等级``, the
  other headings merged down), ``责任人`` names and, for the 充值员, ``各充值网点充值员`` (no holder);
- a 县动物卫生监督所 一览表 headed ``科室（分所）``: 所领导, a 屠宰检疫科 and two 分所 named after towns
  (``桐墩分所``, ``芦湾分所``) — the 分所 are 科室 of the 所, not units;
- a 县农贸市场运营管理公司's workbook whose FIRST sheet ``汇总`` counts posts and points per 部门
  (``部门 | 岗位数 | 风险点数 | 高 | 中 | 低`` and a 合计 row: numbers, no points) before the 清单.

One is harder:

- ``zhegang_village_roster_cell``: a 村 小微权力廉洁风险防控清单 whose table names only the
  ``责任岗位``; the holders stand in ONE merged cell under the title, each post followed by its
  name, ``村“两委”成员：党总支书记、村委会主任　甄澍霖；村委会副主任　郗晓桐；村会计　阚明澈；报账员　邴若楠``.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (乡镇站所 whose 财务 is not their
own, 农业服务站, 水利管理站, 文化站; 村级小微权力 and its 清单; a 社区居委会's 低保 work, 申请关、入户关、
人情关; a 县级医院 院长 taking 回扣 on a 彩超 and a CT机; 校园餐 and a 总务处主任 and 食堂采购员 who took
伙食费; 公交电子车票 充值 and its audit; 屠宰检疫 and 动物检疫证明 whose numbers do not match; 县城农贸市场
运营管理模式) and the layout follows their words. Rows worded by us, names invented.

Run ``python tests/published/score.py --set batch103`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b103_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- a sheet's tab that shortens the 站所 of its title (``农服站`` for ``农业综合服务站``) is that 站所: the
  title's full name is the 科室, the 镇 the unit;
- a cell ``分管领导：亓官澈`` above a 站所's table names the one who watches, no holder and no form;
- ``姓名：…　　职务：…　　分管工作：…`` in one cell gives the holder and the post; ``分管工作`` is his line of
  work (``第四网格`` too), not a 科室: the 社区 has no department;
- ``风险编号`` (``LJ-01``) numbers the rows as 序号 does; ``监督科室`` names the office that watches,
  not the rows' 科室;
- ``姓名：阙知远`` (label and value in one cell) is 姓名 | 阙知远;
- ``各充值网点充值员`` under 责任人 names no holder: that post's form has person "";
- a roster cell ``<post>　<name>；<post>　<name>…`` above a table of 责任岗位 gives each post its holder
  (as the roster in separate cells does); the 一肩挑 post ``党总支书记、村委会主任`` is ONE post;
- a 分所 named after a town (``桐墩分所``) in the 所's 科室 column is a 科室 of the 所; 所领导 is a 科室
  whose 所长 is a leader;
- a 汇总 sheet of counts per 部门 is no form and holds no point;
- 党总支书记、村委会主任, 院长, 副院长, 校长 and 所长 are leaders; 站长, 村委会副主任, 居委会副主任, 科长,
  主任 of a 科/部/中心, 总务处主任, 经理, 队长 and 分所长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b103_"
PLACE = "睢宁县"
SPACE = "\u3000"
LEADERS = ("党总支书记、村委会主任", "院长", "副院长", "校长", "所长")
MIDDLE = ("站长", "村委会副主任", "居委会副主任", "科长", "主任", "经理", "队长", "分所长")


def _tier(post: str) -> str:
    return "leader" if post in LEADERS else "middle" if post in MIDDLE else "general"


# --------------------------------------------------------------------------- harder layout


def zhegang_village_roster_cell() -> dict:
    unit = f"{PLACE}芦湾镇柘岗村"
    sh = _Sheet("小微权力清单", [6, 16, 34, 8, 36, 18])
    t = _Truth(unit)
    roster = [
        ("党总支书记、村委会主任", "甄澍霖"),
        ("村委会副主任", "郗晓桐"),
        ("村会计", "阚明澈"),
        ("报账员", "邴若楠"),
    ]
    holder = dict(roster)
    _line(sh, f"{unit}小微权力廉洁风险防控清单", 6)
    _line(sh, "村“两委”成员：" + "；".join(f"{p}{SPACE}{w}" for p, w in roster), 6)
    sh.add("序号", "权力事项", "风险点", "风险等级", "防控措施", "责任岗位")
    rows = [
        ("村级重大事项决策", "不按“四议两公开”程序决策,个人说了算", "高",
         "重大事项经村党组织提议、“两委”商议、党员大会审议、村民代表会议决议,结果公开。",
         "党总支书记、村委会主任"),
        ("村级重大事项决策", "会议记录事后补记,表决情况失实", "中",
         "会议记录当场签字,镇包村干部列席。", "党总支书记、村委会主任"),
        ("集体资产资源发包", "鱼塘、林地发包不公开竞价,低价发包给亲友", "高",
         "发包方案经村民代表会议通过,进入镇农村产权交易平台。", "村委会副主任"),
        ("村级小型工程", "小额工程指定施工队,验收走过场", "中",
         "小额工程三家比选,村务监督委员会参与验收。", "村委会副主任"),
        ("村级财务管理", "白条入账、大额现金支付", "中",
         "票据经村务监督委员会审核签字,大额支出走对公账户。", "村会计"),
        ("村级财务管理", "村级账目不按时公开,公开内容避重就轻", "低",
         "财务收支每季度逐笔公开,留存照片备查。", "村会计"),
        ("报账", "报账票据审核不严,虚列误工补贴", "中",
         "误工补贴凭考勤表和公示表报账,镇代理会计复核。", "报账员"),
        ("集体收入管理", "租金等集体收入坐收坐支", "低", "集体收入三日内存入村级账户,不得坐支。",
         "报账员"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, point, lv, measures, post) in enumerate(rows, 1):
        sh.add(n, power, point, lv, measures, post)
        t.point(sh.name, "", post, holder[post], _tier(post), point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (5, lambda row: row[5])])
    sh.add()
    sh.add("村党总支(盖章)", None, "村务监督委员会审核:", None, "2024年8月", None)
    return _layout(
        "zhegang_village_roster_cell", "https://www.fx361.com/page/2021/1125/9131756.shtml",
        "(harder) 村 小微权力廉洁风险防控清单 after the source's study of 村级小微权力 and the 宁海经验 (权责清单, "
        "村干部, 监督体系, 问责): the table names only the ``责任岗位`` (merged down); the holders stand in ONE "
        "merged cell under the title, each post followed by a full-width space and its name, separated by "
        "``；`` — ``村“两委”成员：党总支书记、村委会主任　甄澍霖；村委会副主任　郗晓桐；村会计　阚明澈；报账员　"
        "邴若楠`` (the 一肩挑 post one post); 序号/权力事项 merged/风险点/风险等级 高/中/低/防控措施; no type "
        "column; 盖章/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def tongdun_station_tabs() -> dict:
    unit = f"{PLACE}桐墩镇"
    t = _Truth(unit)
    stations = [
        ("农服站", "农业综合服务站", "訾念秋", [
            ("站长", "訾念秋", "耕地地力保护补贴面积核实把关不严", "岗位职责", "高",
             "补贴面积村组公示、站里复核,发放名单在镇政务公开栏公布。"),
            ("站长", "訾念秋", "农机购置补贴核验走过场,为经销商虚报提供便利", "外部环境", "中",
             "补贴机具逐台实地核验、拍照留存,核验人签字。"),
            ("农技员", "郜嘉穗", "病虫害防治药械发放不登记", "业务流程", "低",
             "药械发放凭村级名册签领,台账每月报站长审核。"),
        ]),
        ("水利站", "水利管理站", "禚澜舟", [
            ("站长", "禚澜舟", "小型农田水利工程验收降低标准", "岗位职责", "高",
             "工程验收邀请受益村代表参加,验收资料存档备查。"),
            ("站长", "禚澜舟", "河道采砂、取水巡查发现问题不报告", "思想道德", "中",
             "巡查记录每周上报,问题线索移交镇综合执法队。"),
            ("水利员", "綦晚晴", "防汛物资采购数量与入库不符", "制度机制", "中",
             "防汛物资验收两人以上,出入库台账与采购清单逐项核对。"),
        ]),
        ("文化站", "综合文化站", "隗书棠", [
            ("站长", "隗书棠", "文化惠民演出场次虚报,套取补助", "制度机制", "高",
             "演出场次由村(社区)签字确认并附现场照片,补助按实结算。"),
            ("站长", "隗书棠", "农家书屋图书配送验收不认真", "业务流程", "低",
             "配送图书按清单逐村清点,验收单村、站双方签字。"),
            ("文化专干", "扈沐阳", "文化活动器材私自外借", "思想道德", "低",
             "器材借用登记,经站长批准,按期归还。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, dept, head, rows in stations:
        sh = _Sheet(tab, [6, 10, 8, 32, 10, 8, 34])
        _line(sh, f"{unit}{dept}岗位廉政风险排查表", 7)
        r = sh.add(f"站所负责人：{head}", None, None, "分管领导：亓官澈", None,
                   "填报时间：2024年6月", None)  # fmt: skip
        sh.merge(r, 0, r, 2)
        sh.merge(r, 3, r, 4)
        sh.merge(r, 5, r, 6)
        sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
        sh.add()
        sh.add("站所负责人签字:", None, None, "镇纪委审核:", None, "2024年6月", None)
        sheets.append(sh)
    return _layout(
        "tongdun_station_tabs", "https://40284.lingnianweb.com",
        "镇 站所岗位廉政风险排查表, one sheet per 站所, after the source's account of 乡镇站所 whose 财务 is not "
        "their own (农业服务站, 水利管理站, 文化站; 站所申报 → 归口办公室复核 → 分管领导签批): the tabs SHORT names "
        "(``农服站``, ``水利站``, ``文化站``), each title the full name ``睢宁县桐墩镇农业综合服务站岗位廉政风险"
        "排查表`` (``…水利管理站…``, ``…综合文化站…``); above the table three merged cells holding label and value "
        "together: ``站所负责人：訾念秋`` (the 站长, a holder below), ``分管领导：亓官澈`` (the 副镇长, no row), "
        "``填报时间：2024年6月``; 序号/岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 "
        "高/中/低/防控措施; 签字/审核/date line",
        sheets, t,
    )  # fmt: skip


def huaiyin_community_one_cell_line() -> dict:
    unit = f"{PLACE}芸台街道槐荫社区"
    t = _Truth(unit)
    people = [
        ("韶清让", "居委会副主任", "民政、低保", [
            ("低保评议走过场", "民主评议小组成员由社区指定,评议意见事先定好", "高",
             "评议小组由居民代表、楼院长组成,评议过程录像,结果张榜公布。"),
            ("人情保、关系保", "为亲友或熟人违规纳入低保、提高保障金", "高",
             "社区干部近亲属享受低保的单独备案,街道逐户复核。"),
            ("动态管理不及时", "低保户收入增加后不报告调整,继续领取保障金", "中",
             "每半年入户复查一次,复查结果上报街道民政办。"),
        ]),
        ("暴芷汀", "低保专干", "低保申请受理和入户调查", [
            ("入户调查不实", "不入户或只问不看,调查记录照抄申请材料", "高",
             "入户调查两人同行,拍照留存,调查表由被调查人签字。"),
            ("申请材料把关不严", "对证明材料不核对原件,为不符合条件的家庭上报", "中",
             "证明材料核对原件并留复印件,一次性告知所需材料。"),
            ("档案管理不规范", "低保档案缺项、随意外借", "低", "档案专柜存放,借阅登记。"),
        ]),
        ("桑屿安", "网格员", "第四网格", [
            ("信息采集弄虚作假", "网格内住户、困难群众信息采集不实,应付检查", "中",
             "网格信息每月比对更新,社区随机抽查。"),
            ("出具证明把关不严", "为网格内居民出具居住、收入证明不核实", "低",
             "证明统一由社区出具,网格员只提供核实情况并签字。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for n, (who, post, work, points) in enumerate(people, 1):
        sh = _Sheet(f"Sheet{n}", [6, 22, 36, 8, 36])
        _line(sh, f"{unit}工作人员廉洁风险自查表", 5)
        _line(sh, f"姓名：{who}{SPACE * 2}职务：{post}{SPACE * 2}分管工作：{work}", 5)
        sh.add("序号", "风险点", "主要表现", "风险等级", "防控措施")
        for k, (point, shows, lv, measures) in enumerate(points, 1):
            sh.add(k, point, shows, lv, measures)
            t.point(sh.name, "", post, who, _tier(post), point, [], HML[lv])
        sh.add()
        sh.add("本人签名:", None, "社区党委审核:", None, "2024年9月")
        sheets.append(sh)
    return _layout(
        "huaiyin_community_one_cell_line", "https://m.taodocs.com/p-117899960.html",
        "社区 工作人员廉洁风险自查表, one per sheet (tabs Sheet1…Sheet3), after the source's 社区居委会低保工作"
        "计划 (申请关、入户关、政策关、人情关; 低保听证评议; 动态管理): the holder, post and 分管工作 in ONE merged "
        "cell under the title, ``姓名：韶清让　　职务：居委会副主任　　分管工作：民政、低保`` (the 网格员's 分管工作 "
        "``第四网格``); 序号/a short 风险点/a long ``主要表现``/风险等级 高/中/低/防控措施; no 科室, no type column; "
        "本人签名/社区党委审核/date line",
        sheets, t,
    )  # fmt: skip


def second_hospital_risk_codes() -> dict:
    unit = f"{PLACE}第二人民医院"
    sh = _Sheet("排查表", [8, 10, 8, 8, 34, 10, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}重点岗位廉洁风险排查表（2024年度）", 9)
    sh.add("风险编号", "科室", "岗位", "责任人", "风险点", "风险类别", "风险等级", "防控措施",
           "监督科室")  # fmt: skip
    rows = [
        ("院领导", "院长", "邴绍钧", "大型医疗设备采购个人拍板,收受供应商回扣", "岗位职责", "高",
         "大型设备采购经院党委会集体研究,全程进入公共资源交易平台。", "纪检监察室"),
        ("院领导", "院长", "邴绍钧", "设备到货后拖延支付货款,变相索要好处", "思想道德", "高",
         "货款按合同约定节点支付,财务科按月报告付款进度。", "纪检监察室"),
        ("院领导", "副院长", "綦砚青", "分管科室耗材遴选为特定品牌开绿灯", "外部环境", "中",
         "耗材遴选由医学装备委员会投票决定,结果院内公示。", "纪检监察室"),
        ("设备科", "科长", "鄂承煦", "设备论证设置倾向性技术参数", "制度机制", "高",
         "技术参数经三家以上产品比对,论证专家随机抽取。", "审计科"),
        ("设备科", "科长", "鄂承煦", "设备验收不按合同核对配置", "业务流程", "中",
         "验收由设备科、使用科室、审计科三方共同进行。", "审计科"),
        ("药剂科", "主任", "冼若汐", "药品临时采购不经药事会,收受医药代表好处", "外部环境", "高",
         "临时采购报药事管理委员会审批,医药代表接待实行预约登记。", "纪检监察室"),
        ("财务科", "出纳", "钮雨棠", "收费现金不及时缴存,挪用周转", "制度机制", "中",
         "现金日清日结,当日存入银行,财务科长不定期盘点。", "审计科"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, watch) in enumerate(rows, 1):
        sh.add(f"LJ-{n:02d}", dept, post, who, point, typ, lv, measures, watch)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("科室负责人签字:", None, None, None, "院纪委审核:", None, None, "2024年10月", None)
    return _layout(
        "second_hospital_risk_codes", "https://lemofix.com/gnyw/2006-12/18/content_25929.htm",
        "县第二人民医院 重点岗位廉洁风险排查表 after the source's account of a 县级医院's 院长 who took 回扣 on a 彩超 "
        "and a CT机 and held back the supplier's 货款 until paid: the title ends ``（2024年度）``; the first column "
        "``风险编号`` holding ``LJ-01``…``LJ-07`` (no 序号); 科室 merged (院领导, 设备科, 药剂科, 财务科)/岗位 and "
        "责任人 merged per person/风险点/风险类别 (short names)/风险等级 高/中/低/防控措施/a trailing ``监督科室`` "
        "(纪检监察室, 审计科: offices that watch); 签字/审核/date line",
        [sh], t,
    )  # fmt: skip


def lingtang_school_colon_cards() -> dict:
    unit = f"{PLACE}菱塘镇中心小学"
    t = _Truth(unit)
    cards = [
        ("校长", "阙知远", "校长室", "校长", "主持学校全面工作,分管食堂和学生营养改善计划", [
            ("食堂承包、配餐企业选择为亲友打招呼", "外部环境", "高",
             "食堂不对外承包,配餐企业经教育局统一招标确定。"),
            ("营养改善计划资金使用不经集体研究", "制度机制", "高",
             "资金使用经校务会研究,每月在校务公开栏公开。"),
            ("教辅资料征订收受回扣", "思想道德", "中", "教辅资料按自愿原则征订,不经手费用。"),
        ]),
        ("总务主任", "冀星澜", "总务处", "主任", "负责食堂、校产和后勤管理", [
            ("伙食费收支不单独核算,账目不公开", "制度机制", "高",
             "伙食费专账核算,每月向家长委员会公开收支。"),
            ("食材供应商遴选不公开", "岗位职责", "中", "大宗食材定点采购,供应商由学校集体比选。"),
            ("校舍维修虚报工程量", "业务流程", "中", "维修工程量由总务处、使用方、监督员三方签字确认。"),
        ]),
        ("食堂采购员", "邰穗禾", "总务处", "食堂采购员", "负责食堂食材采购和入库", [
            ("食材采购虚报数量、抬高单价", "岗位职责", "高",
             "采购清单每日公示,验收人员与采购人员分离。"),
            ("入库数量与采购清单不符", "业务流程", "低", "入库时两人过秤,出入库台账每周盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, dept, post, duty, points in cards:
        sh = _Sheet(tab, [6, 34, 10, 8, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 5)
        r = sh.add(f"姓名：{who}", None, f"所在处室：{dept}", None, f"职务：{post}")
        sh.merge(r, 0, r, 1)
        sh.merge(r, 2, r, 3)
        _line(sh, f"岗位职责：{duty}", 5)
        sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
        for k, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(k, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, "校纪检员:", None, "2024年9月")
        sheets.append(sh)
    return _layout(
        "lingtang_school_colon_cards", "http://m.handmsg.com/page/2025/0731/29394561.shtml",
        "镇中心小学 岗位廉政风险防控卡, one per sheet (tabs 校长, 总务主任, 食堂采购员), after the source's account of "
        "校园餐 腐败 (a 中学总务处主任 and a 食堂采购员 who took 伙食费; a 校长 whose sister ran the 食堂): the pairs "
        "above the table written label and value in ONE cell each, ``姓名：阙知远 | 所在处室：校长室 | 职务：校长`` "
        "(``…总务处 | 职务：主任``, ``…总务处 | 职务：食堂采购员``); a ``岗位职责：…`` line merged across; 序号/风险点/"
        "风险类别 (short names)/风险等级 高/中/低/防控措施; 持卡人签字/校纪检员/date line",
        sheets, t,
    )  # fmt: skip


def bus_company_two_row_header() -> dict:
    unit = f"{PLACE}城乡公共交通有限公司"
    sh = _Sheet("清单", [6, 10, 8, 16, 32, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 8)
    r = sh.add("填报部门：党群工作部", None, None, None, None, "填报时间：2024年10月", None, None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    h1 = sh.add("序号", "部门", "岗位", "责任人", "廉洁风险", None, None, "防控措施")
    h2 = sh.add(None, None, None, None, "风险点", "风险类别", "风险等级", None)
    for c in (0, 1, 2, 3, 7):
        sh.merge(h1, c, h2, c)
    sh.merge(h1, 4, h1, 6)
    rows = [
        ("票务中心", "主任", "眭向晚", "眭向晚", "IC卡充值款不按日缴存,截留挪用", "制度机制", "高",
         "充值款当日缴存银行,充值系统数据与银行到账每日核对。"),
        ("票务中心", "主任", "眭向晚", "眭向晚", "老年卡、学生卡办理审核不严,违规办卡", "岗位职责", "中",
         "办卡资料两人审核,优惠卡年审与户籍、学籍信息比对。"),
        ("票务中心", "充值员", "各充值网点充值员", "", "充值记录人为修改、虚充卡值", "业务流程", "高",
         "充值系统操作留痕,异常充值自动预警,每月抽查。"),
        ("营运部", "经理", "帅明远", "帅明远", "线路承包、车辆挂靠收取好处", "外部环境", "高",
         "线路经营权经公司办公会集体研究,不得个人承包。"),
        ("营运部", "经理", "帅明远", "帅明远", "补贴客流数据统计弄虚作假", "制度机制", "中",
         "客流数据由刷卡系统自动生成,申报补贴前审计复核。"),
        ("稽查队", "队长", "瞿闻溪", "瞿闻溪", "查处逃票、漏票放宽尺度,收受好处", "思想道德", "中",
         "稽查两人以上同行,执法记录仪全程记录,处理结果登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, shown, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, shown, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("部门负责人:", None, None, "纪检监察室审核:", None, None, "2024年10月", None)
    return _layout(
        "bus_company_two_row_header", "http://www.audit.gov.cn/n6/n1558/c111708/content.html",
        "县城乡公共交通有限公司 廉洁风险防控清单 after the source's audit of 公交电子车票 (充值在前, 刷卡消费在后; "
        "月票型 and 普通型; 充值收入的真实性): a ``填报部门：党群工作部 | 填报时间：…`` row; a TWO-ROW header, "
        "``廉洁风险`` merged over ``风险点 | 风险类别 | 风险等级`` and 序号/部门/岗位/责任人/防控措施 merged down over "
        "both rows; 部门 merged (票务中心, 营运部, 稽查队)/岗位 and 责任人 merged per person — names, and for the "
        "充值员 ``各充值网点充值员`` (no holder); short types; 高/中/低; 部门负责人/审核/date line",
        [sh], t,
    )  # fmt: skip


def animal_health_branch_offices() -> dict:
    unit = f"{PLACE}动物卫生监督所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室（分所）", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "茹念慈", "驻场检疫人员调配、轮换个人决定", "制度机制", "中",
         "驻场人员每年轮换,调配方案经所务会研究。"),
        ("屠宰检疫科", "官方兽医", "闻人清越", "入场查验不严,检疫证明所载数量与待宰生猪不符仍放行", "岗位职责",
         "高", "入场逐车查证验物,数量不符的不得入场并登记报告。"),
        ("屠宰检疫科", "官方兽医", "闻人清越", "宰后检疫少检多出,出具不实检疫合格证明", "岗位职责", "高",
         "检疫证明与屠宰数量每日核对,视频监控保存三个月。"),
        ("桐墩分所", "分所长", "巩南星", "产地检疫申报后不到场检疫,远程出证", "业务流程", "高",
         "检疫出证须上传现场照片和定位,所里每月抽查。"),
        ("桐墩分所", "分所长", "巩南星", "收取检疫费以外的费用", "思想道德", "中",
         "收费项目、标准上墙公示,一律开具票据。"),
        ("芦湾分所", "检疫员", "储晏清", "为未按规定免疫的养殖户出具检疫证明", "外部环境", "中",
         "出证前核查免疫档案和耳标,不符合条件的不出证。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年7月", None)
    return _layout(
        "animal_health_branch_offices",
        "https://jxxfw.com/periodical/c356f42af2082a8119f5abfc69d2186f.html",
        "县动物卫生监督所 岗位廉政风险点一览表 after the source's account of 生猪屠宰检疫 (动物检疫证明 所载生猪数量 "
        "大于待宰圈生猪数量, 产地检疫, 入场关): 序号/``科室（分所）`` merged — 所领导, 屠宰检疫科 and two 分所 named "
        "after towns (``桐墩分所``, ``芦湾分所``)/岗位 (官方兽医, 分所长, 检疫员) and 姓名 merged per person (a "
        "compound surname ``闻人清越``)/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def market_company_summary_first() -> dict:
    unit = f"{PLACE}农贸市场运营管理有限公司"
    t = _Truth(unit)
    rows = [
        ("综合部", "经理", "芮晴岚", "办公用品、劳保用品采购不比价", "中",
         "采购三家以上比价,验收两人签字。"),
        ("市场管理部", "经理", "展鹤鸣", "摊位招租不公开,私下定向出租", "高",
         "摊位招租在公司网站和市场公告栏公开,公开摇号或竞租。"),
        ("市场管理部", "经理", "展鹤鸣", "擅自减免摊位租金、物业费", "高",
         "减免须经总经理办公会研究并公示。"),
        ("市场管理部", "市场管理员", "宦听澜", "收受经营户好处,默许占道经营", "中",
         "市场巡查两人一组,巡查记录每日上报。"),
        ("财务部", "收费员", "缪若榆", "收取租金、管理费不开票据,截留现金", "高",
         "收费一律开具机打票据,推行扫码缴费。"),
        ("财务部", "收费员", "缪若榆", "收费台账与票据存根不符", "低", "收费台账每周与票据存根核对。"),
    ]  # fmt: skip
    summary = _Sheet("汇总", [14, 10, 10, 8, 8, 8])
    _line(summary, f"{unit}廉洁风险点汇总表", 6)
    summary.add("部门", "岗位数", "风险点数", "高", "中", "低")
    depts = list(dict.fromkeys(r[0] for r in rows))
    totals = [0, 0, 0, 0, 0]
    for dept in depts:
        mine = [r for r in rows if r[0] == dept]
        lv = [r[4] for r in mine]
        counts = [len({r[1:3] for r in mine}), len(mine), lv.count("高"), lv.count("中"),
                  lv.count("低")]  # fmt: skip
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        summary.add(dept, *counts)
    summary.add("合计", *totals)
    sh = _Sheet("清单", [6, 12, 10, 8, 34, 8, 36])
    _line(sh, f"{unit}廉洁风险防控清单", 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("编制:综合部", None, None, "审核:", None, "2024年11月", None)
    return _layout(
        "market_company_summary_first", "https://fx361.cc/page/2024/1022/24638632.shtml",
        "县农贸市场运营管理有限公司 廉洁风险防控清单 after the source's study of 县城农贸市场运营管理模式 (自主运营, "
        "委托运营, 联合运营; 摊位, 物业服务, 市场举办者): the FIRST sheet ``汇总`` a count per 部门 — ``部门 | 岗位数 | "
        "风险点数 | 高 | 中 | 低`` and a ``合计`` row (numbers only, no point); the second sheet ``清单``: 序号/部门 "
        "merged (综合部, 市场管理部, 财务部)/岗位 and 姓名 merged per person/风险点/风险等级 高/中/低/防控措施; no type "
        "column; 编制/审核/date line",
        [summary, sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhegang_village_roster_cell(),
    tongdun_station_tabs(),
    huaiyin_community_one_cell_line(),
    second_hospital_risk_codes(),
    lingtang_school_colon_cards(),
    bus_company_two_row_header(),
    animal_health_branch_offices(),
    market_company_summary_first(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch103-inbox"))
