"""A hundred-and-twenty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND SOEs MIXED — a 村, a
社区, a 镇卫生院, a 镇中心幼儿园, a 初级中学, a 镇特困人员供养服务中心 and four county companies (an
产业发展集团, the 公共交通公司, the 粮食收储公司 and the 自来水公司) — each handing back its ordinary
一览表, 排查表, 清单 or 防控卡 the way its staff typed it, every one of them in an invented 江阴县
(its towns 澄浦镇, 蟠龙镇, 砂溪镇 and its 君澜街道 invented too):

- a 村's 小微权力廉政风险防控清单 with NO post column: ``权力事项`` merged, ``责任主体`` (村党总支, 村民
  委员会, 村股份经济合作社, 村务监督委员会 — bodies, none ending in 科 or 股) and ``责任人`` names; the
  书记 who chairs all three bodies is named under each of them;
- a 社区's 工作人员廉政风险排查表 whose 科室 column is headed ``条线`` (党建条线, 民政条线, 社保条线,
  综治条线, 城管条线: how 社区 split their work), the 一肩挑 post ``党委书记、居委会主任``;
- a 镇卫生院 一览表 under a second title line ``（江阴县人民医院医共体蟠龙分院）``, its 科室 column
  headed ``科别`` (院部, 药剂科, 检验科, 收费室, 公共卫生科), short types;
- a county 产业发展集团 排查表 对岗不对人 whose 部门 are written with a second name in brackets
  (``综合管理部（党群工作部）``, ``纪检监察部（审计部）``), a short 风险点 beside a ``风险描述``,
  一级/二级/三级;
- the 公共交通公司's 一览表 whose 科室 column is headed ``车队/部门`` (公司领导, 第一车队, 第二车队,
  调度中心, 票务室, 修理厂);
- the 粮食收储公司's 一览表 whose 保管员 posts carry the bins they keep (``保管员（1—6号仓）``,
  ``保管员（7—12号仓）``), ``★★★/★★/★`` with the note that reads them;
- a 镇中心幼儿园 清单 对岗不对人 with no 科室 column and a last column ``防控责任人`` that names the
  supervising post (园长, 副园长, 后勤主任), never a person;
- a 初级中学 一览表 whose 处室 include 年级组 and a 教研组 (``初一年级组``, ``语文教研组``),
  ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 镇特困人员供养服务中心's 防控卡 one per sheet, the tabs the posts (院长, 护理组长, 会计),
  ``姓名 | … | 岗位 | …`` above the table and a ``持卡人签字`` line under it; the 中心 is the 镇's own,
  so the 镇 is the unit and the 中心 the 科室 (as a 镇's 站所 are).

One is harder:

- ``water_company_branch_sheets``: the 自来水公司's two 排查表 (``Sheet1``, ``Sheet2``), one per
  供水分所, titled only ``岗位廉政风险点排查表``: the company and the 分所 stand ONLY in the line
  under the title, run together (``填报单位：江阴县自来水有限公司澄浦供水分所``), and the table has no
  科室 column — the company is the unit, its 分所 the 科室 of every row on that sheet.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (村“两委” beside the 村经济合作社
and the 村务监督委员会; a 社区工作者's 岗位 and 条线; a 紧密型县域医共体 whose 乡镇卫生院 are its 分院;
a 集团's 纪检监察部 checking its 事业部; a 公交调度员 who must not sign 跑单、人情单 and a 车队长;
储备粮 kept 按仓号 by each 保管员; 幼儿园 伙食费 and 食堂 under a 后勤主任 and 保健医; 年级组长负责制;
a 养老院's 院民 and 五保; an 营业管理所 and its 分所 抄收 水费 in villages) and the layout follows their
words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch127`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b127_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``责任主体`` names the 科室 (a 村's bodies are its 科室); a list with no post column has title "";
  the 书记 named under three bodies holds three forms, one a body;
- ``条线``, ``科别`` and ``车队/部门`` head the 科室 column; ``第一车队``, ``调度中心``, ``修理厂`` and
  ``公司领导`` are 科室 of the company;
- a 部门 with a second name in brackets (``综合管理部（党群工作部）``) is one 科室, written whole;
- ``保管员（1—6号仓）`` is the post, written whole (two 保管员 posts, two holders);
- ``防控责任人`` naming a post (园长, 后勤主任) names the one who watches: no holder, no form, the
  rows 对岗不对人;
- ``填报单位：江阴县自来水有限公司澄浦供水分所`` gives the company as the unit and its 分所 as the
  科室 (as a 局 and its 所 do); the second title line ``（江阴县人民医院医共体蟠龙分院）`` is the
  卫生院's other name, not another unit; a 镇卫生院 and a 镇中心幼儿园 are units of their own, the
  镇's 特困人员供养服务中心 (its 敬老院) a 科室 of the 镇, as its 站所 are;
- 院长 and 副院长 of the 卫生院, 园长, 副园长, 校长, 董事长, 总经理 and 党委书记、居委会主任 are leaders;
  科主任, 科长, 部长, 项目经理, 车队长, 厂长, 后勤主任, 处室 主任, 年级组长, 教研组长, a 分所's 所长,
  the 院长 of the 镇's 供养服务中心 and 居委会副主任 middle; the rest general; a form with no post has
  no tier.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b127_"
PLACE = "江阴县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
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


def water_company_branch_sheets() -> dict:
    unit = f"{PLACE}自来水有限公司"
    t = _Truth(unit)
    branches = [
        ("Sheet1", "澄浦供水分所", [
            ("所长", "糜朝歌", "新装用户接水工程不按规定比选施工队,指定关系人施工", "高",
             "接水工程施工单位从公司名录中轮流选定,工程量经公司工程部复核。", "middle"),
            ("所长", "糜朝歌", "水表更换、水费减免审批把关不严", "中",
             "减免水费经公司营业部审核,减免清单每季度公示。", "middle"),
            ("抄表员", "芮听澜", "估抄、漏抄,为用户少抄水量收受好处", "高",
             "抄表数据手持机拍照上传,片区抄表员每年轮换。", "general"),
            ("收费员", "嵇棠溪", "水费收取后不及时入账,挪用水费", "中",
             "收费当日缴存银行,营业日报与银行回单逐笔核对。", "general"),
        ]),
        ("Sheet2", "蟠龙供水分所", [
            ("所长", "濮阳清野", "管网维修材料领用不登记,虚报材料用量", "中",
             "维修材料按工单领用,月末盘点并报公司物资部。", "middle"),
            ("稽查员", "乐正晞", "查处偷水、违章用水时收受好处,不予处理", "高",
             "稽查两人同行,查处结果录入营业系统并抽查回访。", "general"),
            ("抄表员", "鄢疏影", "农村用户水表抄见数据弄虚作假", "低",
             "村组水表抄见数由村报账员签字确认,所长按月抽查。", "general"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, branch, rows in branches:
        sh = _Sheet(tab, [6, 10, 10, 36, 9, 40])
        _line(sh, "岗位廉政风险点排查表", 6)
        _line(sh, f"填报单位：{unit}{branch}{GAP * 6}填报日期：2024年10月", 6)
        sh.add("序号", "岗位", "姓名", "风险点", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (post, who, point, lv, measures, tier) in enumerate(rows, 1):
            sh.add(n, post, who, point, lv, measures)
            t.point(sh.name, branch, post, who, tier, point, [], HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
        sh.add()
        sh.add("分所负责人签字:", None, None, "填表人:", None, None)
        sheets.append(sh)
    return _layout(
        "water_company_branch_sheets", "http://www.bbzhsw.com/g9631/s17324/t80644.aspx",
        "(harder) 县自来水公司 岗位廉政风险点排查表 after the source's account of a 水务公司's 营业管理所 and its "
        "分所 抄收 水费 in villages (水表箱 in the fields, 水费单 through the 村): TWO sheets ``Sheet1`` and ``Sheet2``, "
        "one per 供水分所, each titled only ``岗位廉政风险点排查表`` (no unit in the title); the company and the "
        "分所 stand ONLY in the merged line under it, run together — ``填报单位：江阴县自来水有限公司澄浦供水分所"
        "　…　填报日期：2024年10月`` (蟠龙供水分所 on Sheet2); 序号/岗位 and 姓名 merged per person (所长, 抄表员, "
        "收费员, 稽查员; the compound surnames ``濮阳清野``, ``乐正晞``)/风险点/风险等级 高/中/低/防控措施, no 科室 and "
        "no type column; 分所负责人签字/填表人 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def village_bodies_list() -> dict:
    unit = f"{PLACE}澄浦镇三官村"
    sh = _Sheet("清单", [6, 14, 16, 9, 36, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}小微权力廉政风险防控清单", 7)
    r = sh.add(None, None, None, None, None, "填报时间：2024年11月", None)
    sh.merge(r, 5, r, 6)
    sh.add("序号", "权力事项", "责任主体", "责任人", "风险点", "风险等级", "防控措施")
    rows = [
        ("重大事项决策", "村党总支", "禤澄溪", "村级重大事项不按“四议两公开”程序决策,个人说了算", "高",
         "重大事项经党总支提议、“两委”商议、党员大会审议、村民代表会议决议,结果公开。"),
        ("重大事项决策", "村民委员会", "禤澄溪", "村民代表会议表决结果不如实记录", "中",
         "表决现场记录、拍照,会议记录由村务监督委员会签字。"),
        ("集体资产资源管理", "村股份经济合作社", "禤澄溪", "集体资产发包、租赁不公开竞价,低价发包给关系人",
         "高", "集体资产发包一律进镇农村产权交易平台公开交易。"),
        ("村级财务管理", "村民委员会", "厍云朴", "报账票据审核不严,白条入账", "中",
         "报账票据经手人、证明人、村务监督委员会三签,镇“三资”中心复核。"),
        ("村级财务管理", "村务监督委员会", "隗照川", "民主理财走过场,对不合规支出签字放行", "中",
         "民主理财小组集体审核,审核意见逐笔记录。"),
        ("工程项目建设", "村民委员会", "亓蘅芜", "村内小型工程不按规定比选,指定施工队", "高",
         "小型工程比选邀请三家以上,比选结果张榜公示。"),
        ("惠民政策落实", "村民委员会", "亓蘅芜", "低保、临时救助对象评议优亲厚友", "中",
         "评议由村民代表会议进行,名单在村务公开栏公示七天。"),
        ("村务公开", "村务监督委员会", "隗照川", "村务公开内容不全,对群众质询不答复", "低",
         "按月公开村务,质询十日内书面答复。"),
        ("印章管理", "村党总支", "禤澄溪", "用印不登记,为不实材料盖章", "低",
         "用印逐次登记,证明材料两人核实后用印。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, body, who, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, power, body, who, point, lv, measures)
        t.point(sh.name, body, "", who, None, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("村党总支书记签字:", None, None, "村务监督委员会主任签字:", None, None, None)
    return _layout(
        "village_bodies_list", "http://journal.crnews.net/ncjygl/2024n/d8q/njgj/966933_20241104070624.html",
        "村 小微权力廉政风险防控清单 after the source's account of the bodies of a 村 (村“两委”, the 村股份经济合作社 "
        "beside them, the 村务监督委员会): title, a ``填报时间：…`` cell, then 序号/权力事项 merged (重大事项决策, "
        "集体资产资源管理, 村级财务管理 …)/``责任主体`` — the bodies 村党总支, 村民委员会, 村股份经济合作社, 村务监督"
        "委员会, none ending in 科 or 股/``责任人`` names (the 书记 ``禤澄溪`` under three bodies)/风险点/风险等级 "
        "高/中/低/防控措施; NO post column and no type column; a 书记/监委会主任 sign-off line",
        [sh], t,
    )  # fmt: skip


def community_lines() -> dict:
    unit = f"{PLACE}君澜街道芙蓉社区"
    sh = _Sheet("排查表", [6, 12, 18, 10, 36, 14, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}工作人员廉政风险排查表", 8)
    sh.add("序号", "条线", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("党建条线", "党委书记、居委会主任", "巫马知白", "社区公益项目、为民服务资金使用不经“两委”集体研究",
         "制度机制风险", "高", "资金使用经社区“两委”会议研究,使用情况每季度公开。", "leader"),
        ("党建条线", "党委书记、居委会主任", "巫马知白", "发展党员把关不严,优亲厚友", "思想道德风险", "中",
         "发展对象经支委会集体研究,公示期内接受群众监督。", "leader"),
        ("民政条线", "社工", "公冶青禾", "低保、特困对象入户调查不实,为不符合条件对象出具证明", "岗位职责风险",
         "高", "入户调查两人同行,调查结果在居务公开栏公示。", "general"),
        ("民政条线", "社工", "公冶青禾", "残疾人两项补贴申领材料审核不严", "业务流程风险", "中",
         "申领材料经社区初审、街道复核,名单每月公示。", "general"),
        ("社保条线", "社工", "梁丘望舒", "灵活就业人员社保补贴资格初审走过场", "岗位职责风险", "中",
         "补贴资格与就业登记信息比对,初审意见签字留档。", "general"),
        ("综治条线", "网格长", "酆静姝", "出租房屋信息采集中收受房东好处,隐瞒不报", "外部环境风险", "中",
         "出租房屋信息由网格员交叉核查,街道综治中心抽查。", "general"),
        ("城管条线", "居委会副主任", "第五映雪", "老旧小区改造、加装电梯协调中接受施工方宴请", "外部环境风险",
         "高", "协调会议居民代表参加,会议纪要公开。", "middle"),
        ("城管条线", "居委会副主任", "第五映雪", "社区停车位、公共用房出租收费不入账", "制度机制风险", "低",
         "收费统一开具票据,收支纳入社区账户管理。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (line, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, line, post, who, point, typ, lv, measures)
        t.point(sh.name, line, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("社区党委书记签字:", None, None, None, "填报日期：2024年9月", None, None, None)
    return _layout(
        "community_lines", "https://www.ksbb88.com/sgzwd/59453.html",
        "社区 工作人员廉政风险排查表 after the source's account of a 社区工作者's work and how posts differ (民生服务, "
        "低保、养老、助残政策, 矛盾调解, 走访排查): 序号/``条线`` merged — the 科室 column, 党建条线, 民政条线, 社保"
        "条线, 综治条线, 城管条线 (a heading no list used)/岗位 and 姓名 merged per person (the 一肩挑 ``党委书记、居委"
        "会主任``; ``社工`` in two 条线 with two holders; the compound surnames 巫马, 公冶, 梁丘, 第五)/风险点/风险类别 "
        "``…风险``/风险等级 高/中/低/防控措施; 社区党委书记签字/填报日期 line",
        [sh], t,
    )  # fmt: skip


def township_hospital_kebie() -> dict:
    unit = f"{PLACE}蟠龙镇卫生院"
    sh = _Sheet("Sheet1", [6, 11, 10, 9, 36, 10, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    _line(sh, f"（{PLACE}人民医院医共体蟠龙分院）", 8)
    sh.add("序号", "科别", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("院部", "院长", "仉墨池", "药品耗材遴选、大型设备购置不经院务会集体研究", "制度机制", "高",
         "遴选和购置经院务会研究,报医共体总院备案。", "leader"),
        ("院部", "副院长", "鄞书禾", "医保基金使用监管不力,默许分解住院、挂床住院", "岗位职责", "高",
         "每月抽查住院病历,医保结算数据与总院比对。", "leader"),
        ("药剂科", "科主任", "邝千帆", "药品验收入库把关不严,收受供货企业回扣", "岗位职责", "高",
         "药品验收双人签字,入库数据与总院药库系统核对。", "middle"),
        ("药剂科", "药师", "郗向晚", "处方调剂中以次充好、多收少发", "思想道德", "低",
         "处方调剂、核对分人负责,每月点评处方。", "general"),
        ("检验科", "科主任", "冼语冰", "检验试剂采购指定品牌,与供应商利益输送", "外部环境", "中",
         "试剂纳入医共体统一采购,科室只报需求。", "middle"),
        ("收费室", "收费员", "蒉晴川", "收费不开票或少开票,截留现金", "业务流程", "中",
         "收费日结日清,票据与HIS系统每日对账。", "general"),
        ("公共卫生科", "科长", "璩念真", "基本公共卫生服务项目数据弄虚作假,套取补助资金", "制度机制", "高",
         "服务数据电话回访抽查,补助按考核结果拨付。", "middle"),
        ("公共卫生科", "科长", "璩念真", "家庭医生签约服务考核走过场", "岗位职责", "低",
         "签约服务考核由院部、村卫生室共同打分。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("院长签字:", None, None, "填表人:", None, None, "2024年8月", None)
    return _layout(
        "township_hospital_kebie", "https://www.hainanzhou.gov.cn/zwgk/fdzdgknr/zcwj/content_400010889",
        "镇卫生院 岗位廉政风险点一览表 after the source's plan for a 紧密型县域医共体 (县级强、乡级活、村级稳; the 乡镇"
        "卫生院 run by the 总院, 医保支付, 药品耗材统一管理): the title, then a second merged title line "
        "``（江阴县人民医院医共体蟠龙分院）`` — the 卫生院's other name; 序号/the 科室 column headed ``科别`` "
        "(院部, 药剂科, 检验科, 收费室, 公共卫生科) merged/岗位 and 姓名 merged per person/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施; 院长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def industry_group_bracket_depts() -> dict:
    unit = f"{PLACE}产业发展集团有限公司"
    sh = _Sheet("廉洁风险", [6, 18, 10, 14, 34, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查表", 7)
    sh.add("序号", "部门", "岗位", "风险点", "风险描述", "风险等级", "防控措施")
    rows = [
        ("集团领导", "董事长", "三重一大决策", "投资项目、大额资金使用未经党委前置研究和董事会决策", "一级",
         "严格执行党委前置研究清单,议题提前送达。", "leader"),
        ("综合管理部（党群工作部）", "部长", "公务接待和车辆管理", "超标准接待,公车私用", "三级",
         "接待先审批后实施,车辆加装定位。", "middle"),
        ("综合管理部（党群工作部）", "部长", "员工招聘", "招聘设置倾向性条件,优亲厚友", "二级",
         "招聘方案报集团党委审定,笔试面试委托第三方。", "middle"),
        ("财务融资部", "部长", "融资担保", "违规对外提供担保、借款", "一级",
         "对外担保、借款一律经董事会决策并报国资部门备案。", "middle"),
        ("财务融资部", "出纳", "资金支付", "未经审批支付资金,公款私存", "二级",
         "支付凭审批单据,网银制单、复核分设。", "general"),
        ("开发建设事业部", "项目经理", "工程变更签证", "虚增工程量,违规签证", "一级",
         "变更签证经监理、跟踪审计和事业部三方会签。", "middle"),
        ("园区运营事业部", "招商专员", "厂房租赁", "低于评估价出租厂房,减免租金不报批", "二级",
         "租金以评估价为底价,减免报集团总经理办公会研究。", "general"),
        ("纪检监察部（审计部）", "部长", "监督检查", "发现问题线索不报告、压案不查", "三级",
         "问题线索集体排查,处置情况向集团纪委报告。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, desc, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, [], GRADES[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post)])
    sh.add()
    sh.add("填报部门(盖章):", None, None, "部门负责人:", None, "填报日期:", None)
    return _layout(
        "industry_group_bracket_depts", "https://sygft.com.cn/news/show-447.html",
        "county 产业发展集团 廉洁风险点排查表 对岗不对人 after the source's account of a 集团's 纪检监察部 checking its "
        "事业部 (产业投资, 园区运营, 开发建设; 三重一大, 合同签审, 招标采购, 资产管理): 序号/部门 merged — two written "
        "with a second name in brackets, ``综合管理部（党群工作部）`` and ``纪检监察部（审计部）``, the others 集团领导, "
        "财务融资部, 开发建设事业部, 园区运营事业部/岗位 merged (no names anywhere)/a short 风险点 beside a ``风险描述``/"
        "风险等级 一级/二级/三级/防控措施; no type column; an unfilled 填报部门(盖章)/部门负责人/填报日期 line",
        [sh], t,
    )  # fmt: skip


def bus_company_fleets() -> dict:
    unit = f"{PLACE}公共交通有限公司"
    sh = _Sheet("一览表", [6, 11, 12, 10, 36, 14, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    sh.add("序号", "车队/部门", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "涂钦远岫", "新能源公交车辆采购参数设置倾向特定厂家", "制度机制风险", "高",
         "采购参数经专家论证并公开征求意见,采购报县国资部门备案。", "leader"),
        ("第一车队", "车队长", "檀栖砚", "驾驶员排班、线路分配优亲厚友,收受好处", "岗位职责风险", "中",
         "排班规则公开,排班表每周张贴。", "middle"),
        ("第一车队", "车队长", "檀栖砚", "违章、事故处理不按规定考核,降格处理", "岗位职责风险", "中",
         "违章事故处理结果由安全技术部复核。", "middle"),
        ("第二车队", "车队长", "揭晚舟", "车辆例保、加油记录弄虚作假", "业务流程风险", "中",
         "加油卡一车一卡,油耗每月分析通报。", "middle"),
        ("调度中心", "调度员", "妫若澄", "签跑单、人情单,虚报营运圈数", "思想道德风险", "低",
         "营运圈数以智能调度系统数据为准,签单每日复核。", "general"),
        ("票务室", "票款清点员", "伏星阑", "票款清点时截留现金,长短款不如实登记", "制度机制风险", "高",
         "清点全程视频监控,两人清点、当日解款。", "general"),
        ("修理厂", "厂长", "庾见山", "配件采购以次充好,虚报维修工时", "外部环境风险", "高",
         "配件定点采购、旧件回收登记,维修工时按定额核定。", "middle"),
        ("修理厂", "厂长", "庾见山", "报废车辆残值处置不公开", "制度机制风险", "中",
         "报废车辆经评估后进公共资源交易平台处置。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年7月", None)
    return _layout(
        "bus_company_fleets", "http://m.mksedu.com/jihua/17008830522255.html",
        "county 公共交通公司 岗位廉洁风险防控一览表 after the source's 公交调度员岗位职责 (服从调度长, 协助车队长, 杜绝签"
        "跑单、错单、人情单, 营运圈数): 序号/the 科室 column headed ``车队/部门`` (公司领导, 第一车队, 第二车队, 调度中心, "
        "票务室, 修理厂) merged/岗位 and 姓名 merged per person (车队长, 调度员, 票款清点员, 厂长; the compound surname "
        "``涂钦远岫``)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def grain_company_bins() -> dict:
    unit = f"{PLACE}粮食收储有限公司"
    sh = _Sheet("Sheet1", [6, 11, 16, 10, 36, 14, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 8)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "鲜于听松", "储备粮轮换出入库计划不经集体研究,擅自调整轮换时间", "制度机制风险",
         "★★★", "轮换计划经总经理办公会研究,报县粮食和物资储备局批准。", "leader"),
        ("仓储部", "部长", "羊舌远山", "粮食出入库检斤、扣量不实,虚增损耗", "岗位职责风险", "★★★",
         "检斤数据自动采集上传,损耗按仓核定。", "middle"),
        ("仓储部", "保管员（1—6号仓）", "蓬星野", "帐实不符,以陈顶新、虚假轮换", "岗位职责风险", "★★★",
         "按仓号落实保管责任,每季度帐实核对。", "general"),
        ("仓储部", "保管员（7—12号仓）", "禄听雨", "粮情检查记录弄虚作假,隐瞒坏粮", "业务流程风险", "★★",
         "粮情检测数据电子留存,部长每月抽查。", "general"),
        ("质检化验室", "化验员", "斛语迟", "入库粮食质量检验压级压价或放宽标准,收受售粮人好处", "外部环境风险",
         "★★★", "扦样、检验分人负责,检验结果当场公示。", "general"),
        ("购销部", "购销员", "雍临川", "粮食销售不公开竞价,向关系企业低价出售", "制度机制风险", "★★",
         "销售一律进粮食交易平台公开竞价。", "general"),
        ("财务部", "会计", "万俟秋澄", "收购资金结算不及时,截留农民售粮款", "思想道德风险", "★",
         "售粮款通过银行直接打入售粮人账户。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), STARS[lv])
    _person_rows(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级★★★为高风险，★★为中风险，★为低风险。", 8)
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年6月", None)
    return _layout(
        "grain_company_bins", "http://laughoutloudemails.com/zuowen/122634854.html",
        "county 粮食收储公司 岗位廉洁风险防控一览表 after the source's 粮食购销管理制度 (储备粮帐实相符, 按仓号逐一落实"
        "到每位责任仓保管员, 粮情检查, 新陈分开储藏): 序号/部门 merged (公司领导, 仓储部, 质检化验室, 购销部, 财务部)/"
        "岗位 — the two 保管员 posts carry their bins, ``保管员（1—6号仓）`` and ``保管员（7—12号仓）`` — and 姓名 "
        "merged per person (compound surnames 鲜于, 羊舌, 万俟)/风险点/风险类别 ``…风险``/风险等级 ``★★★/★★/★``/"
        "防控措施; under it a merged ``注：风险等级★★★为高风险，★★为中风险，★为低风险。`` and 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def kindergarten_supervisor_roles() -> dict:
    unit = f"{PLACE}蟠龙镇中心幼儿园"
    sh = _Sheet("清单", [6, 10, 36, 9, 36, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险等级", "防控措施", "防控责任人")
    rows = [
        ("园长", "幼儿招生不按划片范围录取,收取赞助费", "高", "招生范围、条件和录取名单公开。", "园长", "leader"),
        ("园长", "园舍维修、设施设备采购不经园务会研究", "高", "维修和采购经园务会研究,按规定比价。", "园长",
         "leader"),
        ("副园长", "教师评优评先、职称推荐不公开", "中", "推荐条件和结果在园内公示。", "园长", "leader"),
        ("后勤主任", "食堂食材采购不比价,与供应商串通抬价", "高", "食材定点采购,价格每月与市场比对。", "副园长",
         "middle"),
        ("保健医", "食材验收把关不严,过期食品入库", "中", "验收索票索证,验收记录双人签字。", "后勤主任",
         "general"),
        ("会计", "伙食费收支不公示,膳食结余超比例", "中", "伙食费每月公示,膳食委员会每学期审核。", "后勤主任",
         "general"),
        ("保育员", "收受家长礼品礼金", "低", "签订拒收礼品承诺书,家长监督电话公开。", "副园长", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, point, lv, measures, watcher, tier) in enumerate(rows, 1):
        sh.add(n, post, point, lv, measures, watcher)
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("园长签字:", None, None, "填报日期：2024年10月", None, None)
    return _layout(
        "kindergarten_supervisor_roles", "https://www.ppdoc.com/periodical/1364aa78f9a073ead01c9c14211aee4e.html",
        "镇中心幼儿园 岗位廉政风险防控清单 对岗不对人 after the source's account of a 幼儿园's 食堂管理 (公益性, 科学"
        "配餐, 伙食费): no 科室 column; 序号/岗位 merged (园长, 副园长, 后勤主任, 保健医, 会计, 保育员)/风险点/风险等级 "
        "高/中/低/防控措施/a LAST column ``防控责任人`` that names the supervising POST (园长, 副园长, 后勤主任) — no "
        "person anywhere; no type column; 园长签字/填报日期 line",
        [sh], t,
    )  # fmt: skip


def middle_school_grade_groups() -> dict:
    unit = f"{PLACE}澄浦中学"
    sh = _Sheet("Sheet1", [6, 13, 11, 10, 38, 9, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点及防控措施一览表", 7)
    sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险等级", "防控措施")
    rows = [
        ("校长室", "校长", "令狐晏清", "学校大宗物资采购、基建项目不经校务会集体研究", "Ⅰ级",
         "执行“三重一大”集体决策,采购和项目结果公开。", "leader"),
        ("教务处", "主任", "晁疏桐", "分班、排课中搞人情关系,违规调整学生班级", "Ⅱ级",
         "分班电脑随机编排,调班须经校务会研究。", "middle"),
        ("总务处", "主任", "邰砚深", "食堂承包、校服征订中收受回扣", "Ⅰ级",
         "食堂承包公开招标,校服征订家长委员会全程参与。", "middle"),
        ("初一年级组", "年级组长", "闾丘望", "组织学生参加收费培训、推销教辅资料", "Ⅱ级",
         "签订不推销、不有偿补课承诺书,家长监督电话公开。", "middle"),
        ("初一年级组", "年级组长", "闾丘望", "年级评优评先名额分配不公", "Ⅲ级",
         "评优条件年级内公开,名单公示三天。", "middle"),
        ("初三年级组", "年级组长", "昝逸尘", "中考体育加分、综合素质评价弄虚作假", "Ⅰ级",
         "评价材料班主任、年级组、教务处三级审核并公示。", "middle"),
        ("语文教研组", "教研组长", "枚晚禾", "公开课、教学比赛推荐优亲厚友", "Ⅲ级",
         "推荐人选由教研组集体评议,结果公开。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
    _person_rows(sh, first, 1, 2, 3)
    sh.add()
    sh.add("学校(盖章):", None, None, "校长签字:", None, "2024年9月", None)
    return _layout(
        "middle_school_grade_groups", "https://jxxfw.com/periodical/b0a4d68fb99dd2e8b68763a3c1d65f4a.html",
        "初级中学 廉政风险点及防控措施一览表 after the source's account of 年级组长负责制 (校级—教导处—年级组, three "
        "levels of management, the 年级组 where the work is done): 序号/处室 merged — 校长室, 教务处, 总务处 AND "
        "``初一年级组``, ``初三年级组``, ``语文教研组``/岗位 and 姓名 merged per person (年级组长, 教研组长; compound "
        "surnames 令狐, 闾丘)/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; 学校(盖章)/校长签字/date",
        [sh], t,
    )  # fmt: skip


def care_center_cards() -> dict:
    unit = f"{PLACE}砂溪镇"
    center = "特困人员供养服务中心"
    t = _Truth(unit)
    cards = [
        ("院长", "宦知秋", "middle", [
            ("特困供养人员入住审核把关不严,为不符合条件人员办理入住", "岗位职责", "高",
             "入住对象凭镇民政办审批表办理,名单每季度公示。"),
            ("供养经费、物资使用不经集体研究", "制度机制", "高", "经费、物资使用经院务会研究,收支每月公开。"),
        ]),
        ("护理组长", "逢晓棠", "general", [
            ("护理等级评定不实,多报护理费", "业务流程", "中", "护理等级由院部、家属、医生三方评定。"),
            ("收受供养人员亲属财物", "思想道德", "低", "签订廉洁承诺书,亲属意见簿每月查看。"),
        ]),
        ("会计", "匡素笺", "general", [
            ("供养人员零用金发放不到位,代领截留", "制度机制", "高", "零用金打卡发放,发放表由本人或监护人签字。"),
            ("伙食账目不清,采购不入账", "业务流程", "中", "伙食采购凭票入账,伙食账每月张榜公布。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 9, 36])
        _line(sh, f"{unit}{center}岗位廉政风险防控卡", 5)
        sh.add("姓名", who, "岗位", post, None)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, point, typ, lv, measures)
            t.point(sh.name, center, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字:", None, None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "care_center_cards", "http://sdguolu88.com/zhidu/3635693.html",
        "镇特困人员供养服务中心 岗位廉政风险防控卡 after the source's 养老院管理制度 (中心院民, 五保对象, 护理照顾, "
        "伙食): one card a sheet, the tabs the POSTS (院长, 护理组长, 会计); under the title a row ``姓名 | 宦知秋 | "
        "岗位 | 院长``, then 序号/风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; a ``持卡人签字: | 年　月　日`` "
        "line; no 科室 field: the title ``江阴县砂溪镇特困人员供养服务中心…`` names the 镇 (the unit) and its 中心 (the "
        "科室 of every card)",
        sheets, t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    water_company_branch_sheets(),
    village_bodies_list(),
    community_lines(),
    township_hospital_kebie(),
    industry_group_bracket_depts(),
    bus_company_fleets(),
    grain_company_bins(),
    kindergarten_supervisor_roles(),
    middle_school_grade_groups(),
    care_center_cards(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch127-inbox"))
