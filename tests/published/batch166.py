"""A hundred-and-sixty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, the
annexes 附件2/附件3/附件4 of the plan or an office's own 防控卡, 自查表, 登记表, 公示卡 or 承诺书,
filled by staff of bodies no earlier batch used, with ordinary habits. Every unit is a body of
筠连县 (its 岚垭苗族乡, the 沐岚 of a 自然资源所 and the 篁溪 of a 中学 invented); the 调查队 is
``国家统计局筠连调查队``, as such teams are named:

- a 煤炭产业发展服务中心 副主任's 附件2 whose pair labels are PADDED with full-width spaces
  (``姓　　名``, ``职　　务``), 分管工作 merged, ``…风险`` types, 高/中/低, and the ``“三重一大”方面``
  row numbered ON from the rows above it (``6``, not ``1``);
- a 工业园区管理委员会 经济发展部's 附件3, 岗位职责 and 工作流程 merged per duty, ``Ⅰ级/Ⅱ级/Ⅲ级``, two
  empty template rows left above the review boxes;
- a 土壤肥料工作站 化验员's 附件4, ``所在科室及职务 | 化验室化验员``, 一级/二级/三级, ``…风险`` types;
- a 保障性住房服务中心 资格审核员's 登记表 under ``填报股室：保障管理股 | 填表人：麻绮霰 | 填表日期 |
  <a date cell>`` — the 填表人 is the 股's clerk who typed it, not the holder — then ``姓名 | 亢舒窈 |
  职务 | 资格审核员 | 岗位风险等级 | 二级``;
- a 苗族乡 民政专干's 自查表 under ``填报单位：…（盖章）``, two rows of pairs (``民族 | 苗族``,
  ``政治面貌``, ``所在办（站、所） | 社会事务办``) and ``包联村 | 岚溪村`` — the village the cadre is
  linked with, no unit and no 科室;
- a 自然资源和规划局's 沐岚自然资源所 所长's 防控卡 under ``单位：筠连县自然资源和规划局沐岚自然资源所``
  (the 局 the unit, its 所 the 科室), ``职务 | 所长 | 职级 | 一级主任科员`` (the rank beside the post), a
  ``监督责任人`` column holding the post ``分管副局长``;
- a 岩溶地质公园管理中心 售票员's 岗位廉政风险公示卡 with a ``照片`` box merged over the three rows of pairs
  on its right, the risk and measure cells each merged over two columns, a ``监督举报电话`` line;
- the 国家统计局筠连调查队 科员's 承诺书: ``承诺人 | … | 所在股室 | … | 岗位 | …``, a ``岗位风险点`` column
  and the measures headed ``承诺事项``.

The shape this batch adds to what the README describes, an office's habit when it sends several
people's forms in one file:

- ``tea_center_index_sheet``: a 红茶产业发展中心's workbook whose FIRST sheet is a ``目录`` — a list of
  the people whose forms follow, ``序号 | 姓名 | 股室 | 职务 | 岗位风险等级 | 风险点数 | 所在工作表`` and a
  ``合计`` row (names, posts, grades and counts, no risk) — then one sheet per person, tabs their
  names, each with its own pairs (the 副主任's ``股室`` cell holding ``/``).

One is harder:

- ``canteen_keeper_title_cell``: a 中学 食堂管理员's 防控卡 whose 处室, post and holder stand only in
  the TITLE cell, typed on its second line after Alt+Enter — ``筠连县篁溪中学岗位廉政风险防控卡⏎处室：
  总务处　　岗位：食堂管理员　　持卡人：郁晞禾`` — over the table; no pair row, no 姓名 cell.

Each layout imitates the *shape* of such a form and takes its unit, posts and risks from a public
page (its ``source``) that no earlier batch cited; the rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch166`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b166_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- the tier follows the annex (附件2 leader with 科室 "", 附件3 middle with post "", 附件4 general); an
  office's own form follows the post (副主任 of a 中心 leader; 股长, a 局's 所长 middle; 资格审核员, 民政专干,
  干事, 食堂管理员, 售票员, 科员 general);
- a padded label (``姓　　名``) is that label;
- the ``填表人`` named above a form that has its own ``姓名`` is only the one who typed it: no holder;
- ``包联村 | 岚溪村`` names the village the holder is linked with: no unit, 科室 or post;
- ``职级 | 一级主任科员`` is the holder's rank; the post is the ``职务`` (所长);
- a ``目录`` sheet listing the people whose forms follow (with ``风险点数`` counts and a ``合计``) is no
  form and holds no point; the 股室 it gives the 副主任 (``中心领导``) is not on his own sheet, whose
  ``股室`` cell holds ``/``: his 科室 is "" (a leader's, as in a 附件2);
- the second line of a title cell (``处室：…　　岗位：…　　持卡人：…``) gives the 科室, post and holder;
- ``照片``, ``性别``, ``民族``, ``政治面貌``, ``上岗时间``, ``岗位风险等级``, the ``监督责任人`` post, the
  ``监督举报电话`` line and the pledge lines are no points, holders or posts;
- ``国家统计局筠连调查队`` is ONE unit (its own name), not 国家统计局 with a 科室; its 股 is the 科室.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.batch138 import HEAD, NOTE, REVIEWS, _reviews
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b166_"
PLACE = "筠连县"
TOWNSHIP = "岚垭苗族乡"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GAP = "\u3000"
RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- harder layout


def canteen_keeper_title_cell() -> dict:
    unit = f"{PLACE}篁溪中学"
    who, dept, post = "郁晞禾", "总务处", "食堂管理员"
    sh = _Sheet("Sheet1", [6, 16, 36, 10, 36])
    t = _Truth(unit)
    _line(
        sh, f"{unit}岗位廉政风险防控卡\n处室：{dept}{GAP * 2}岗位：{post}{GAP * 2}持卡人：{who}", 5
    )
    sh.add("序号", "风险环节", "风险点", "风险等级", "防控措施")
    rows = [
        ("大宗食材采购", "米面油肉等大宗食材不按规定集中招标采购，指定供货商", "高",
         "大宗食材由学校集中招标采购，供货合同报县教育局备案。"),
        ("食材验收入库", "验收时对短斤少两、以次充好不登记，与供货商串通虚增数量", "高",
         "实行双人或多人联检，验收单由验收人和陪餐教师共同签字。"),
        ("食材验收入库", "收受供货商回扣、礼品", "中", "供货商签订廉洁承诺书，采购台账每月在校内公示。"),
        ("伙食费管理", "虚列食材支出，挤占学生伙食费", "中", "伙食费专账核算，收支情况每月向膳食委员会公开。"),
        ("物资出库", "食堂剩余食材、物资私自带离或处置", "低", "物资出入库逐笔登记，总务处每月盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (step, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, step, point, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("持卡人签字：", None, "总务处主任签字：", None, "2024年9月")
    return _layout(
        "canteen_keeper_title_cell", "https://www.renrendoc.com/paper/503193580.html",
        "(harder) 中学 总务处 食堂管理员's 岗位廉政风险防控卡 after the source's 学校食堂食品采购管理制度 (大宗食材公开招标, 采购"
        "管理小组, 供应商准入, 验收, 膳食管理委员会): the 处室, post and holder stand ONLY in the merged TITLE cell, typed on "
        "its second line after Alt+Enter — ``筠连县篁溪中学岗位廉政风险防控卡⏎处室：总务处　　岗位：食堂管理员　　持卡人："
        "郁晞禾`` — directly over 序号/风险环节 merged/风险点/风险等级 高/中/低/防控措施; no pair row, no 姓名 cell, no type "
        "column; 持卡人签字/总务处主任签字/date",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the shape this batch adds


def tea_center_index_sheet() -> dict:
    unit = f"{PLACE}红茶产业发展中心"
    t = _Truth(unit)
    people = [
        ("漆雕云岫", "", "副主任", "一级", "leader", [
            ("茶园基地建设", "高标准茶园建设补助项目实施主体确定不经集体研究", "制度机制", "高",
             "实施主体公开遴选，经中心主任办公会研究并公示。"),
            ("品牌推广", "“筠连红茶”品牌推介活动承办单位指定关系企业", "岗位职责", "中",
             "承办单位按政府采购程序确定，费用据实结算。"),
            ("廉洁自律", "接受茶企馈赠的茶叶、礼品", "思想道德", "低", "严格执行中央八项规定精神，拒收的登记备查。"),
        ]),
        ("归澄霭", "茶园基地股", "股长", "二级", "middle", [
            ("良种茶苗补助核查", "新植良种茶园面积核查不实，虚报补助面积", "岗位职责", "高",
             "面积实测并定位拍照，村、乡、中心三级签字确认。"),
            ("茶苗采购验收", "茶苗验收不严，以次充好、数量不足", "业务流程", "中",
             "验收由股室、乡镇农技员和村民代表共同进行。"),
            ("茶园管护培训", "茶园管护培训虚报人数，套取培训经费", "制度机制", "低", "培训签到、照片存档，经费凭实报销。"),
        ]),
        ("竺沁禾", "品牌营销股", "干事", "三级", "general", [
            ("展会参展", "组织茶企参展时收取企业好处费", "外部环境", "中", "参展企业公开征集，参展费用由中心统一支付。"),
            ("电商推广补贴", "电商推广补贴初审材料把关不严", "岗位职责", "中", "补贴凭平台销售数据审核，初审结果股室复核。"),
            ("宣传品采购", "宣传品采购不比价，出入库不登记", "制度机制", "低", "宣传品三家比价，出入库逐笔登记。"),
        ]),
    ]  # fmt: skip
    index = _Sheet("目录", [6, 12, 14, 10, 14, 10, 14])
    _line(index, f"{unit}岗位廉政风险防控表目录", 7)
    index.add("序号", "姓名", "股室", "职务", "岗位风险等级", "风险点数", "所在工作表")
    for n, (who, dept, post, grade, _, points) in enumerate(people, 1):
        index.add(n, who, dept or "中心领导", post, grade, len(points), who)
    r = index.add("合计", None, None, None, None, sum(len(p[5]) for p in people), None)
    index.merge(r, 0, r, 4)
    index.add()
    index.add("填报人：", None, "审核人：", None, None, "2024年5月", None)
    sheets = [index]
    for who, dept, post, grade, tier, points in people:
        sh = _Sheet(who, [6, 16, 36, 12, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控表", 6)
        sh.add("姓名", who, "股室", dept or "/", "职务", post)
        r = sh.add("岗位风险等级", grade, "填表时间", "2024年5月", None, None)
        sh.merge(r, 3, r, 5)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (step, point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签字：", None, None, "分管领导签字：", None, None)
        sheets.append(sh)
    return _layout(
        "tea_center_index_sheet", "http://yb.newssc.org/system/20231220/003472608.html",
        "县红茶产业发展中心's workbook of three people's 岗位廉政风险防控表, after the source's account of 筠连's 红茶产业园 (茶园, "
        "川红工夫, 茶艺楼, 产业专班): its FIRST sheet ``目录`` lists the people whose forms follow — ``序号 | 姓名 | 股室 | 职务 | "
        "岗位风险等级 | 风险点数 | 所在工作表`` (the 副主任's 股室 ``中心领导``), a merged ``合计 | 9`` row and 填报人/审核人/date — "
        "then one sheet per person, tabs their names, each with the title, ``姓名 | … | 股室 | … | 职务 | …`` (the 副主任's 股室 "
        "cell ``/``) over ``岗位风险等级 | … | 填表时间 | …``, 序号/工作环节/风险点/风险类型 short/风险等级 高/中/低/防控措施 and "
        "本人签字/分管领导签字",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def coal_center_annex2() -> dict:
    unit = f"{PLACE}煤炭产业发展服务中心"
    who, post = "巫马砺川", "副主任"
    sh = _Sheet("Sheet1", [6, 24, 34, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add(f"姓{GAP * 2}名", who, f"职{GAP * 2}务", post, "岗位风险等级", "一级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    duties = [
        ("分管安全监管股：煤矿安全检查、重大隐患排查整改", [
            ("煤矿安全检查走过场，对瓦斯超限作业、超层越界开采等重大隐患不报告不处理", "岗位职责风险", "高",
             "检查两人以上并全程记录，重大隐患挂牌督办、整改销号。"),
            ("隐患整改验收中接受煤矿企业宴请、礼金，降低验收标准", "思想道德风险", "高",
             "验收实行回避和交叉验收，验收人员签订廉洁承诺。"),
        ]),
        ("分管产业发展股：煤矿技改扩能、关闭退出和专项资金", [
            ("煤矿技改扩能项目初审把关不严，为不具备条件的矿井出具同意意见", "制度机制风险", "中",
             "初审意见经中心主任办公会集体研究，初审结果公示。"),
            ("关闭退出煤矿奖补资金核查不实，虚报关闭产能", "业务流程风险", "中",
             "奖补资金凭现场核查和封井验收资料拨付，接受审计监督。"),
            ("为煤矿企业推荐安全设备供应商、技术服务机构", "外部环境风险", "低",
             "严禁为企业指定或推荐服务机构，发现一起查处一起。"),
        ]),
    ]  # fmt: skip
    n = 0
    for duty, points in duties:
        first = len(sh.rows)
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "“三重一大”方面", 6)
    big = [
        ("重大项目安排", "瓦斯抽采利用示范项目承建单位确定不经集体研究", "制度机制风险", "高",
         "按规定公开招标，承建单位确定经中心主任办公会集体决策并留存纪要。"),
    ]  # fmt: skip
    for duty, point, typ, lv, measures in big:
        n += 1  # numbered on from the rows above
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), HML[lv])
    _reviews(sh, REVIEWS[1:], 6, {REVIEWS[1]: ("同意。", "2024年4月22日")}, label_cols=2)
    _line(sh, NOTE, 6)
    return _layout(
        "coal_center_annex2", "http://wenku.edumine.net/doc/38294.html",
        "县煤炭产业发展服务中心 副主任's 附件2 after the source's account of 四川小煤矿 and their 煤与瓦斯突出 (突出矿井, 瓦斯抽采, "
        "防突措施, 监管): ``附件2``, the template's title, ``单位(盖章)：…``, the pair labels PADDED with full-width spaces — "
        "``姓　　名 | 巫马砺川 | 职　　务 | 副主任 | 岗位风险等级 | 一级`` (the compound surname 巫马) — 序号/分管工作 merged "
        "(``分管安全监管股：…``, ``分管产业发展股：…``)/风险点/风险类型 ``…风险``/风险级别 高/中/低/防控措施, the ``“三重一大”"
        "方面`` row and one row under it numbered ON (``6``), two review boxes (the first signed), the 注 line",
        [sh], t,
    )  # fmt: skip


def park_economy_dept_annex3() -> dict:
    unit = f"{PLACE}工业园区管理委员会"
    who, dept = "禤嘉岷", "经济发展部"
    sh = _Sheet("Sheet1", [22, 20, 34, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "二级")
    sh.add(*HEAD)
    rows = [
        ("负责入园项目招引和投资协议洽谈", "项目洽谈—部室初审—管委会审定—签约",
         "招商引资中向客商承诺超出政策规定的优惠条件", "制度机制", "Ⅰ级",
         "优惠条件严格按县招商引资政策执行，协议文本经法律顾问审查。"),
        ("负责入园项目招引和投资协议洽谈", "项目洽谈—部室初审—管委会审定—签约",
         "收受拟入园企业好处，为其入园和选址提供便利", "思想道德", "Ⅰ级", "入园项目由管委会集体评审，评审结果公示。"),
        ("负责企业扶持资金申报初审和兑现", "企业申报—部室初审—联合审核—公示—兑现",
         "扶持资金初审把关不严，企业虚报固定资产投资、产值套取奖补", "岗位职责", "Ⅰ级",
         "初审凭税务、统计数据比对，联合审核部门会签。"),
        ("负责企业扶持资金申报初审和兑现", "企业申报—部室初审—联合审核—公示—兑现",
         "奖补资金兑现拖延，向企业吃拿卡要", "外部环境", "Ⅱ级", "兑现进度按月通报，开通企业评价和投诉渠道。"),
        ("负责园区经济运行监测和统计报送", "数据采集—审核—报送",
         "为完成考核任务授意企业虚报产值、投资数据", "业务流程", "Ⅲ级",
         "统计数据与税务、电力数据互相印证，实行数据质量责任追究。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    sh.add(*([None] * 6))  # the template's rows left empty
    sh.add(*([None] * 6))
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("同意。", "2024年5月6日")})
    _line(sh, NOTE, 6)
    return _layout(
        "park_economy_dept_annex3", "http://m.yiqiwanjituan.com/baogao/gongzuobaogao/4525752.html",
        "县工业园区管理委员会 经济发展部's 附件3 after the source's 调研报告 on 开发区和工业园区 (招商引资, 入园企业, 优惠政策, "
        "经济运行): ``附件3``, the template's title, ``单位(盖章)：…``, ``科室 | 经济发展部 | 负责人 | 禤嘉岷 | 岗位风险等级 | "
        "二级``, the template's header with 岗位职责 and 工作流程 (steps joined by ``—``) merged per duty/风险点/风险类型 short/"
        "风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, TWO EMPTY template rows left under the last risk, three review boxes (the "
        "first signed), the 注 line",
        [sh], t,
    )  # fmt: skip


def soil_station_annex4() -> dict:
    unit = f"{PLACE}土壤肥料工作站"
    who, dept, post = "戢念禾", "化验室", "化验员"
    sh = _Sheet("Sheet1", [22, 22, 32, 14, 9, 32])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章)：{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "三级")
    sh.add(*HEAD)
    rows = [
        ("负责耕地质量监测和测土配方施肥土样化验", "收样登记→制样→化验→审核→出具报告",
         "接受请托，篡改或编造土样化验数据", "思想道德风险", "一级", "化验原始记录当日归档，化验数据随机抽取复检。"),
        ("负责耕地质量监测和测土配方施肥土样化验", "收样登记→制样→化验→审核→出具报告",
         "化验样品不按规定保存，送检样品被调换", "业务流程风险", "二级", "样品编码盲样管理，留样保存一年备查。"),
        ("负责化验试剂、耗材的申购和保管", "提出申购→比价→验收入库→领用",
         "试剂耗材申购中指定供应商，验收数量不符", "制度机制风险", "二级", "申购三家比价，验收由站里两人以上共同签字。"),
        ("参与肥料田间试验和示范", "试验方案→田间管理→测产→总结",
         "田间试验测产数据弄虚作假", "岗位职责风险", "三级", "测产时试验户和乡镇农技员共同在场并签字确认。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(0, lambda row: row[0]), (1, lambda row: row[:2])])
    _reviews(sh, REVIEWS, 6, {REVIEWS[0]: ("情况属实。", "2024年5月20日"),
                              REVIEWS[1]: ("同意。", "2024年5月23日")})  # fmt: skip
    _line(sh, NOTE, 6)
    return _layout(
        "soil_station_annex4",
        "https://tianjin.baogaosu.com/xinwen/%E6%AD%A6%E6%B8%85%E5%8C%BA%E5%9C%9F%E8%82%A5%E7%AB%99%E5%AF%B9%E8%AF%A5%E5%8C%BA%E8%80%95%E5%9C%B0%E5%BC%80%E5%B1%95%E5%9C%9F/31246690",
        "县土壤肥料工作站 化验室 化验员's 附件4 after the source's note on a 区土肥站's 土样采集 (测土配方施肥, 取土化验, 土壤养分, "
        "肥料配方): ``附件4``, the template's title, ``单位(盖章)：…``, ``姓名 | 戢念禾 | 所在科室及职务 | 化验室化验员 | 岗位风险等级 "
        "| 三级``, the template's header with 岗位职责 and 工作流程 (arrows) merged/风险点/风险类型 ``…风险``/风险级别 一级/二级/"
        "三级/防控措施, three review boxes (two signed), the 注 line",
        [sh], t,
    )  # fmt: skip


def housing_center_register() -> dict:
    unit = f"{PLACE}保障性住房服务中心"
    who, dept, post, clerk = "亢舒窈", "保障管理股", "资格审核员", "麻绮霰"
    sh = _Sheet("登记表", [6, 18, 36, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险登记表", 6)
    r = sh.add(
        f"填报股室：{dept}", None, f"填表人：{clerk}", None, "填表日期", datetime(2024, 4, 12)
    )
    sh.merge(r, 0, r, 1)
    sh.merge(r, 2, r, 3)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "二级")
    sh.add("序号", "工作事项", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公租房申请资格审核", "对申请家庭收入、住房状况审核把关不严，为不符合条件的家庭办理准入", "岗位职责", "高",
         "资格审核实行初审、复审两级审核，审核结果公示十五天。"),
        ("公租房申请资格审核", "受人情请托，帮助申请人隐瞒房产、车辆信息", "思想道德", "高",
         "申请人信息与不动产、车辆登记信息联网比对。"),
        ("公租房配租", "不按轮候顺序摇号配租，私下调换房源", "制度机制", "中",
         "配租摇号全程录像，邀请纪检人员和申请人代表现场监督。"),
        ("退出管理和租金收缴", "对不再符合条件的承租家庭不按规定清退", "业务流程", "中",
         "每年开展一次资格复核，清退名单报中心集体研究。"),
        ("退出管理和租金收缴", "收取租金不开具票据，截留租金", "外部环境", "低", "租金由银行代收，票据专人管理，按月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("股室负责人审核：", None, None, "中心分管领导审核：", None, None)
    return _layout(
        "housing_center_register", "https://www.outputnews.com/2012/huanqiu/news_2012_07_15_1395293",
        "县保障性住房服务中心 保障管理股 资格审核员's 岗位廉政风险登记表 after the source's news of the 公租房管理办法 (申请与审核, "
        "轮候与配租, 使用与退出, 租金): the title, a line ``填报股室：保障管理股 | 填表人：麻绮霰 | 填表日期 | <date cell "
        "2024-04-12>`` — the 填表人 the 股's clerk who typed the form, not its holder — then ``姓名 | 亢舒窈 | 职务 | 资格审核员 "
        "| 岗位风险等级 | 二级``, 序号/工作事项 merged/风险点/风险类别 short/风险等级 高/中/低/防控措施; 股室负责人审核/中心分管"
        "领导审核",
        [sh], t,
    )  # fmt: skip


def miao_township_selfcheck() -> dict:
    unit = f"{PLACE}{TOWNSHIP}人民政府"
    who, dept, post, village = "龙绮澐", "社会事务办", "民政专干", "岚溪村"
    sh = _Sheet("Sheet1", [6, 36, 12, 10, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{TOWNSHIP}干部职工廉政风险自查表", 6)
    r = sh.add(f"填报单位：{unit}（盖章）", None, None, "填报时间：2024年6月", None, None)
    sh.merge(r, 0, r, 2)
    sh.merge(r, 3, r, 5)
    sh.add("姓名", who, "民族", "苗族", "政治面貌", "中共党员")
    sh.add("所在办（站、所）", dept, "职务", post, "包联村", village)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
    points = [
        ("低保、特困供养对象入户调查走过场，为关系户违规纳入", "岗位职责风险", "高",
         "入户调查两人以上，调查结果经村民代表评议并公示。", None),
        ("临时救助审批不按程序，化整为零规避审批权限", "制度机制风险", "中",
         "临时救助按权限审批，乡党委会每季度审核救助台账。", None),
        ("在包联村低保评议中优亲厚友，为亲属违规申报", "思想道德风险", "高",
         "实行近亲属备案和回避，评议过程全程记录。", "新增"),
        ("救灾物资发放不登记、不公示", "业务流程风险", "中", "救灾物资逐户签字领取，发放结果在村务公开栏公示。", None),
        ("残疾人两项补贴资格复核不及时，死亡人员继续领取", "外部环境风险", "低",
         "每季度与公安、殡葬数据比对，发现问题及时停发。", None),
    ]  # fmt: skip
    for n, (point, typ, lv, measures, note) in enumerate(points, 1):
        sh.add(n, point, typ, lv, measures, note)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("本人签字：", None, "分管领导审核：", None, "乡纪委审核：", None)
    return _layout(
        "miao_township_selfcheck",
        "https://hefei.baogaosu.com/xinwen/%E5%9F%8E%E5%8D%97%E9%95%87%E5%8F%AC%E5%BC%80%E5%9F%8E%E9%95%87%E4%BD%8E%E4%BF%9D%E5%90%AC%E8%AF%81%E8%AF%84%E8%AE%AE/26630674",
        "苗族乡 社会事务办 民政专干's 廉政风险自查表 after the source's account of a 镇's 低保听证评议 (区民政局低保股, 镇社会事务办"
        "工作人员, 评议代表, 无记名投票): a title naming the 乡 but no county, ``填报单位：筠连县岚垭苗族乡人民政府（盖章） | "
        "填报时间：…``, two rows of pairs ``姓名 | 龙绮澐 | 民族 | 苗族 | 政治面貌 | 中共党员`` over ``所在办（站、所） | 社会事务办 | "
        "职务 | 民政专干 | 包联村 | 岚溪村`` (the village she is linked with), then 序号/风险点/风险类型 ``…风险``/风险等级 高/中/"
        "低/防控措施/``备注`` (``新增`` once); 本人签字/分管领导审核/乡纪委审核",
        [sh], t,
    )  # fmt: skip


def land_resources_office_card() -> dict:
    unit = f"{PLACE}自然资源和规划局"
    who, dept, post = "蒉临渊", "沐岚自然资源所", "所长"
    sh = _Sheet("防控卡", [6, 36, 12, 10, 34, 12])
    t = _Truth(unit)
    _line(sh, "岗位廉政风险防控卡", 6)
    _line(sh, f"单位：{unit}{dept}", 6)
    sh.add("姓名", who, "职务", post, "职级", "一级主任科员")
    r = sh.add("岗位职责", "主持所内全面工作，负责辖区国土空间用途管制、农村建房用地初审、土地和矿产资源执法动态巡查、"
               "地质灾害群测群防。", None, None, None, None)  # fmt: skip
    sh.merge(r, 1, r, 5)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "监督责任人")
    rows = [
        ("农村建房用地初审把关不严，为占用永久基本农田建房出具同意意见", "岗位职责", "Ⅰ级",
         "初审实行现场踏勘、拍照定位，初审意见报局审批前在村公示。"),
        ("动态巡查发现违法用地、非法采矿不制止、不上报", "岗位职责", "Ⅰ级",
         "巡查记录每日上传执法监管平台，局执法大队每月抽查。"),
        ("接受建房户、采砂业主宴请和礼品，帮助规避查处", "思想道德", "Ⅱ级", "签订廉洁承诺，实行礼品礼金登记和约谈制度。"),
        ("地质灾害隐患点监测员补助发放不实", "业务流程", "Ⅱ级", "监测员补助按考勤和监测记录发放，名单在乡镇公示。"),
        ("地籍资料和测绘成果保管不善，泄露信息", "制度机制", "Ⅲ级", "资料专柜保管，查阅借用逐次登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, "分管副局长")
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(5, lambda row: row[5])])
    sh.add()
    sh.add("持卡人签字：", None, None, "局分管领导签字：", None, None)
    return _layout(
        "land_resources_office_card", "https://www.renrendoc.com/paper/507604032.html",
        "县自然资源和规划局's 乡镇自然资源所 所长's 岗位廉政风险防控卡 after the source's 加强基层国土所建设方案 (基层国土所 队伍、职能"
        "履行, 空间用途管制的前端监管, 执法巡查): a title naming no unit, ``单位：筠连县自然资源和规划局沐岚自然资源所`` merged (the "
        "局 the unit, its 所 the 科室), ``姓名 | 蒉临渊 | 职务 | 所长 | 职级 | 一级主任科员`` (the rank BESIDE the post), a merged "
        "``岗位职责`` line, then 序号/风险点/风险类型 short/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``监督责任人`` merged down over every "
        "row with the post ``分管副局长``; 持卡人签字/局分管领导签字",
        [sh], t,
    )  # fmt: skip


def geopark_photo_card() -> dict:
    unit = f"{PLACE}岩溶地质公园管理中心"
    who, dept, post = "暨晓蔓", "游客服务部", "售票员"
    sh = _Sheet("公示卡", [6, 20, 16, 10, 24, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险公示卡", 6)
    top = sh.add(f"姓{GAP * 2}名", who, f"性{GAP * 2}别", "女", "照片", None)
    sh.add(f"部{GAP * 2}门", dept, f"岗{GAP * 2}位", post, None, None)
    bottom = sh.add("岗位风险等级", "三级", "上岗时间", "2021年3月", None, None)
    sh.merge(top, 4, bottom, 5)
    r = sh.add("岗位职责", "负责游客服务中心售票窗口的门票销售、优惠票和免票审核、票款日结和交接。", None, None,
               None, None)  # fmt: skip
    sh.merge(r, 1, r, 5)
    r = sh.add("序号", "风险点", None, "风险等级", "防控措施", None)
    sh.merge(r, 1, r, 2)
    sh.merge(r, 4, r, 5)
    rows = [
        ("将检票后回收的门票重复出售，截留票款", "高", "门票由电子票务系统出票，检票时自动核销。"),
        ("对不符合条件的游客违规办理优惠票、免票", "中", "优惠票、免票凭有效证件办理并登记，每日报部门负责人审核。"),
        ("票款日结不及时，挪用票款", "中", "票款当日解缴银行，财务每日核对票务系统数据。"),
        ("接受旅行社、导游好处，为其团队违规减免门票", "中", "团队票价公开，减免须中心分管领导审批。"),
        ("工作时间擅离岗位，私自交由他人代售门票", "低", "实行窗口视频监控和交接班登记。"),
    ]  # fmt: skip
    for n, (point, lv, measures) in enumerate(rows, 1):
        r = sh.add(n, point, None, lv, measures, None)
        sh.merge(r, 1, r, 2)
        sh.merge(r, 4, r, 5)
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    _line(sh, "监督举报电话：0831-4518236", 6)
    return _layout(
        "geopark_photo_card", "https://cigem.cn/auto/db/detail?db=800001&rid=160217B8D3BE3BCCC245C40E152E740B",
        "县岩溶地质公园管理中心 游客服务部 售票员's 岗位廉政风险公示卡 after the source's news of 地质公园 in a 黄金周 (游客剧增, "
        "门票收入, 景区超载, 游客满意度): the title, three rows of pairs with PADDED labels — ``姓　　名 | 暨晓蔓 | 性　　别 | 女`` "
        "over ``部　　门 | 游客服务部 | 岗　　位 | 售票员`` over ``岗位风险等级 | 三级 | 上岗时间 | 2021年3月`` — beside a ``照片`` "
        "box merged over those three rows and the last two columns, a merged ``岗位职责`` line, then 序号/风险点 (merged over "
        "two columns)/风险等级 高/中/低/防控措施 (merged over two columns); no type column; a merged ``监督举报电话：…`` line",
        [sh], t,
    )  # fmt: skip


def survey_team_pledge() -> dict:
    unit = "国家统计局筠连调查队"
    who, dept, post = "羊舌沛然", "住户调查股", "科员"
    sh = _Sheet("承诺书", [6, 36, 12, 10, 30, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁从业承诺书", 6)
    sh.add("承诺人", who, "所在股室", dept, "岗位", post)
    _line(sh, "为严守统计调查纪律、确保源头数据真实，本人对照岗位职责查找廉政风险，郑重承诺：", 6)
    r = sh.add("序号", "岗位风险点", "风险类型", "风险等级", "承诺事项", None)
    sh.merge(r, 4, r, 5)
    points = [
        ("授意、指使辅助调查员或记账户编造、篡改住户收支数据", "岗位职责", "高",
         "不干预记账户如实记账，发现数据异常逐户入户核实。"),
        ("泄露调查对象个人信息和未公布的调查数据", "制度机制", "高", "调查资料专人保管，数据发布前严格保密。"),
        ("记账户补贴、辅助调查员劳务费发放不实", "业务流程", "中", "补贴和劳务费按实际记账情况核发，通过银行转账。"),
        ("接受调查对象和有关单位宴请、礼品", "思想道德", "低", "入户调查不在调查对象家中用餐，不收受任何礼品。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(points, 1):
        r = sh.add(n, point, typ, lv, measures, None)
        sh.merge(r, 4, r, 5)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    _line(sh, "如有违反，本人愿意接受组织处理。", 6)
    sh.add()
    sh.add(None, "承诺人（签名）：", None, None, "2024年3月", None)
    return _layout(
        "survey_team_pledge", "http://bid.caigoupt.com/info-175319163.html",
        "国家统计局筠连调查队 住户调查股 科员's 岗位廉洁从业承诺书 after the source's news of a 调查队's 住户调查数据质量核查 (记账户, "
        "纸质账本和电子账页, 工资性收入, 经营性成本): the title with the team's name, ``承诺人 | 羊舌沛然 | 所在股室 | 住户调查股 | "
        "岗位 | 科员`` (the compound surname 羊舌), a merged sentence, then 序号/``岗位风险点``/风险类型 short/风险等级 高/中/低/"
        "``承诺事项`` (the measures, merged over two columns); a merged pledge line and an unsigned ``承诺人（签名）：`` with "
        "the date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    canteen_keeper_title_cell(),
    tea_center_index_sheet(),
    coal_center_annex2(),
    park_economy_dept_annex3(),
    soil_station_annex4(),
    housing_center_register(),
    miao_township_selfcheck(),
    land_resources_office_card(),
    geopark_photo_card(),
    survey_team_pledge(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch166-inbox"))
