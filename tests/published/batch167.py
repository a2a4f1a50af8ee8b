"""A hundred-and-sixty-seventh batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY SOEs MIXED, as bodies
of 珙县 that no earlier batch used send their files back — a 镇中心卫生院, the 疾病预防控制中心, a
社区居民委员会, the 交通水利投资集团 with its 子公司, a 村, the 妇幼保健计划生育服务中心, a 县属煤业公司,
the 特殊教育学校 and a 镇's 站所 — each handing back its ordinary 一览表, 排查表, 清单 or 评估表 the way
its staff typed it (no re-saved copies this time):

- the 疾控中心's 一览表 under a block of pairs about the unit (``单位名称 | … | 单位性质 | 公益一类事业单位
  | 主要负责人 | 昝砚池 | 在编人数 | 38`` and ``联系人 | 邸见山 | 联系电话 | …``), the 主要负责人 and the
  联系人 each also holding a post in the table;
- a 社区's 服务事项 排查表 with TWO name columns: ``经办人`` (the holder) after the 岗位, and a trailing
  ``审核人`` naming who signs the matter off (the 书记 and the 副主任, holders of their own rows too);
- the 交水集团's 一览表 whose ``部门（子公司）`` column names its 部 AND its 子公司 by their full company
  names (``珙县交水砂石有限公司``), a short 风险点 beside a long 风险描述, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- a 村's 小微权力 清单: 权力事项 merged, ``责任主体`` (the post) and ``责任人``, ``重大/较大/一般`` and a
  trailing ``监督主体`` of bodies (``村务监督委员会``), a note naming the three grades;
- the 妇幼保健计划生育服务中心's 排查表 whose holder column is headed ``姓名（职称）`` and written
  ``甯晴岚（主任医师）`` — the bracket a professional title, the post in its own ``岗位`` column;
- a 煤业公司's 廉洁风险辨识评估表 in the mines' L×C form: ``区队（科室）``, ``可能性（L） | 后果（C） |
  风险值（D）`` numbers, then ``风险等级`` ``重大风险/较大风险/一般风险`` and the note that bands D;
- the 特殊教育学校's 一览表 with NO 姓名 column: the holders only in a trailing ``签字确认`` column, each
  name merged over its post's rows (the table was printed, signed and typed back);
- a 镇's 站所 排查表 cut by group rows ``一、党政办公室　　负责人：仇枕书　　分管领导：夙醒吾`` — the
  站所 and two names in one merged line, the rows under it ``岗位 | 姓名 | …``; the 分管领导 holds no
  row of his own.

One is harder, the shape this batch adds to what the README describes:

- ``health_center_form_export``: a 镇中心卫生院 that collected its staff's 自查 with an online form
  (金山表单) and sends the EXPORT as it comes: no title, the header in row 1 — ``序号 | 提交者 |
  提交时间 | 所在单位 | 姓名 | 所在科室 | 岗位 | 风险点1 | 风险类型1 | 风险等级1 | 防控措施1 |
  风险点2（选填） | … | 防控措施3（选填）`` — one person a row, up to three points side by side, the
  groups left blank where someone filled fewer; ``提交者`` is the WeChat name the form recorded
  (``溪山行旅``, ``小禄``, ``A-公卫-谯``; one person's is her real name), ``提交时间`` a timestamp, and
  ``所在单位`` the one dropdown answer naming the unit.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (金山文档's 共享填写 and its export of
the answers; a 县疾控中心's 采购 — 疫苗, 检测试剂, 冷链; a 社区's 低保 评议 — 入户调查, 民主评议, 公示; a
县's 国企子公司 and the 监督 that follows them down; the 村务监督委员会 and 小微权力; a 妇幼保健院's rules
against 红包 and 回扣 and its 科室 — 孕期保健科, 儿童保健科, 药房, 出生证明办理室; 煤炭营销's 廉洁风险; the
资助 of 特殊教育 pupils; the 户申请-村评议-镇审核-县审批 of 农村危房改造) and the layout follows their words
for the unit, its parts, its posts and its risks. The rows are worded by us, the names invented;
every unit is a body of 珙县 (the towns, the 社区 and the 村 invented).

Run ``python tests/published/score.py --set batch167`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b167_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- in a form export each row is one person's form: its 所在科室, 岗位 and 姓名 answers; each filled
  group ``风险点N | 风险类型N | 风险等级N | 防控措施N`` is a point, a blank group none; ``提交者`` (a
  WeChat name, even one that is a person's real name) and ``提交时间`` are no holder and no point;
  ``所在单位`` names the unit;
- a block of pairs about the unit above a table with its own 姓名 column gives the unit only: its
  ``主要负责人`` and ``联系人`` are holders through their own rows, not of every row;
- ``经办人`` names the holder; a trailing ``审核人`` of names (also holders of their own rows) names who
  signs off, like a 责任领导, no holder of the row;
- a 子公司 named in the group's ``部门（子公司）`` column is a 科室 of the 集团 (as a 局's 所 is), the
  company name whole;
- ``姓名（职称）`` written ``甯晴岚（主任医师）`` is the holder 甯晴岚; the bracket is a professional title,
  not the post (the ``岗位`` column says it);
- ``重大/较大/一般`` (and ``重大风险/较大风险/一般风险``) are 1/2/3; the L, C and D numbers are no level;
- a trailing ``签字确认`` column of names, merged per post, names the holders of a list that has no
  姓名 column;
- a group row ``一、党政办公室　　负责人：仇枕书　　分管领导：夙醒吾`` sets the 科室 of the rows under it; the
  分管领导 named in it holds none of them;
- 院长, 主任/副主任 of a 中心, 董事长, 社区/村 书记主任, 矿长/副矿长 and 校长/副校长 are leaders; 科长,
  部长, 科主任, 药房负责人, a 子公司's 经理, 项目经理, 队长, 居委会/村委会副主任, 党政办主任, the 站所's 主任
  and 所长, 教导主任 and 总务主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b167_"
PLACE = "珙县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
SEVERITY = {"重大": 1, "较大": 2, "一般": 3}
MINE = {"重大风险": 1, "较大风险": 2, "一般风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def health_center_form_export() -> dict:
    unit = f"{PLACE}苎溪镇中心卫生院"
    groups = 3
    head = ["序号", "提交者", "提交时间", "所在单位", "姓名", "所在科室", "岗位"]
    for k in range(1, groups + 1):
        tail = "" if k == 1 else "（选填）"
        head += [
            f"风险点{k}{tail}",
            f"风险类型{k}{tail}",
            f"风险等级{k}{tail}",
            f"防控措施{k}{tail}",
        ]
    sh = _Sheet("Sheet1", [6, 12, 18, 22, 9, 12, 10] + [28, 12, 8, 28] * groups)
    t = _Truth(unit)
    sh.add(*head)
    people = [
        ("溪山行旅", "2024/05/13 09:41:27", "但听澜", "院领导", "院长", "leader", [
            ("药品耗材采购品种确定不经院务会集体研究,向关系供应商倾斜", "制度机制风险", "高",
             "采购品种由药事管理小组提出,院务会集体研究,结果院内公示。"),
            ("基本公共卫生服务项目资金分配和绩效考核随意", "岗位职责风险", "中",
             "资金分配方案按考核结果测算,院务会研究后报镇卫健办备案。"),
            ("院内维修改造工程化整为零,规避比选", "业务流程风险", "中",
             "维修工程按限额比选,纪检员全程参与,资料归档。"),
        ]),
        ("小禄", "2024/05/13 10:02:51", "禄予墨", "药房", "药剂员", "general", [
            ("药品验收入库不认真核对,接受供应商请吃", "外部环境风险", "中",
             "验收双人签字,随货同行单与发票逐项核对。"),
            ("近效期药品不登记,私下退换从中得利", "思想道德风险", "低",
             "近效期药品月度盘点登记,退换货经院办审批。"),
        ]),
        ("漆映岚", "2024/05/13 15:18:09", "漆映岚", "收费室", "收费员", "general", [
            ("收取现金不开票据,或少开票据截留收入", "岗位职责风险", "高",
             "推行扫码支付,日结日清,票款每日由会计稽核。"),
            ("违规为熟人减免或挂账医疗费用", "思想道德风险", "中", "减免挂账须院长签批,每月公示减免明细。"),
        ]),
        ("A-公卫-谯", "2024/05/14 08:56:33", "谯归荑", "公共卫生科", "科长", "middle", [
            ("家庭医生签约和慢病随访数据弄虚作假,套取服务经费", "业务流程风险", "高",
             "随访记录随机电话回访,每季度抽查不少于百分之五。"),
            ("村医基本公卫补助考核打分不公", "岗位职责风险", "中", "考核小组三人以上打分,考核结果在村卫生室公示。"),
            ("健康教育宣传资料印制虚报数量", "制度机制风险", "低", "印制数量与发放登记核对,入库出库留痕。"),
        ]),
    ]  # fmt: skip
    for n, (nick, when, who, dept, post, tier, points) in enumerate(people, 1):
        row = [n, nick, when, unit, who, dept, post]
        for k in range(groups):
            if k < len(points):
                point, typ, lv, measures = points[k]
                row += [point, typ, lv, measures]
                t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
            else:
                row += [None] * 4
        sh.add(*row)
    return _layout(
        "health_center_form_export", "https://eyun.baidu.com/content/904762",
        "(harder) 镇中心卫生院 自查 collected with an ONLINE FORM and sent as the form's EXPORT, after the source's "
        "account of 金山文档's 共享填写 (表单 可填写, 分享链接, 发起人 查看、统计、导出填写内容): no title, the header in "
        "row 1 ``序号 | 提交者 | 提交时间 | 所在单位 | 姓名 | 所在科室 | 岗位 | 风险点1 | 风险类型1 | 风险等级1 | "
        "防控措施1 | 风险点2（选填） | … | 防控措施3（选填）``, one person a row with up to three points SIDE BY SIDE, "
        "the groups left blank where someone filled fewer; ``提交者`` holds the WeChat names the form recorded "
        "(``溪山行旅``, ``小禄``, ``A-公卫-谯``, and for one person her real name ``漆映岚``), ``提交时间`` a "
        "timestamp typed as text, ``所在单位`` the one dropdown answer naming the unit; types ``…风险``, 高/中/低",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def cdc_unit_info_pairs() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    sh = _Sheet("一览表", [10, 14, 12, 16, 30, 14, 9, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查一览表", 8)
    sh.add("单位名称", unit, "单位性质", "公益一类事业单位", "主要负责人", "昝砚池", "在编人数", 38)
    sh.add("联系人", "邸见山", "联系电话", "0831-4562187", "填报日期", "2024年6月", None, None)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "昝砚池", "非免疫规划疫苗品种和供应商遴选不经集体研究", "制度机制风险", "高",
         "遴选由接种单位代表无记名投票,纪检全程监督,结果公示七天。", "leader"),
        ("中心领导", "主任", "昝砚池", "检测设备和试剂采购指定品牌", "岗位职责风险", "高",
         "采购需求由使用科室和办公室共同论证,按政府采购程序实施。", "leader"),
        ("中心领导", "副主任", "铁栖梧", "突发公共卫生事件应急物资储备采购验收把关不严", "业务流程风险", "中",
         "应急物资验收三人以上签字,入库台账每季度盘点。", "leader"),
        ("免疫规划科", "科长", "敬漱玉", "疫苗出入库和冷链记录不实,疫苗去向不清", "岗位职责风险", "高",
         "疫苗出入库扫码追溯,冷链温度自动记录,每月账物核对。", "middle"),
        ("免疫规划科", "科长", "敬漱玉", "接受疫苗配送企业宴请和礼品", "外部环境风险", "中",
         "签订廉洁购销协议,与企业人员接触两人同行。", "middle"),
        ("检验科", "检验员", "帅既白", "委托检测收费不入账,或出具不实检测报告", "思想道德风险", "中",
         "检测收费统一由财务开票,报告三级审核签发。", "general"),
        ("办公室", "主任", "邸见山", "公务接待和会议费用超标准列支", "制度机制风险", "低",
         "先审批后接待,接待清单与发票逐项核对并按季公开。", "middle"),
        ("办公室", "会计", "郄枕流", "项目资金报账审核不严,虚列培训费用", "业务流程风险", "中",
         "报账凭证附签到表、照片,会计、主任、分管领导三签。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    return _layout(
        "cdc_unit_info_pairs",
        "https://www.hkyyi.com/html/jie-mi-xian-ji-kong-zhong-xin-cai-gou-na-xie-shi-er-jie-kai-jian-kang-shou-hu-zhe-de-mi-mi-cai-gou-m.html",
        "县疾病预防控制中心 岗位廉政风险点排查一览表 after the source's account of a 县疾控中心's 采购 (疫苗, 检测试剂, "
        "防护用品; 需求调研, 招标投标, 质量验收): under the title a BLOCK OF PAIRS about the unit — ``单位名称 | 珙县疾病"
        "预防控制中心 | 单位性质 | 公益一类事业单位 | 主要负责人 | 昝砚池 | 在编人数 | 38`` and ``联系人 | 邸见山 | 联系电话 "
        "| 0831-… | 填报日期 | 2024年6月`` — the 主要负责人 (the 主任) and the 联系人 (the 办公室主任) each also holding a "
        "post in the table; then 序号/科室 merged (中心领导, 免疫规划科, 检验科, 办公室)/岗位 and 姓名 merged per person/"
        "风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施",
        [sh], t,
    )  # fmt: skip


def community_handler_reviewer() -> dict:
    unit = f"{PLACE}箬岭镇桐荫社区居民委员会"
    sh = _Sheet("排查表", [6, 16, 18, 9, 32, 8, 32, 9])
    t = _Truth(unit)
    _line(sh, f"{unit}服务事项廉洁风险排查表", 8)
    sh.add("序号", "服务事项", "岗位", "经办人", "廉洁风险点", "风险等级", "防控措施", "审核人")
    head, deputy = "逄雪樵", "妫澄练"
    rows = [
        ("社区办公经费和惠民资金使用", "社区党委书记、居委会主任", head,
         "大额支出不经社区“两委”会议研究,个人审批", "高", "大额支出“两委”会议研究,收支每季度张榜公布。",
         "社区“两委”会议", "leader"),
        ("城乡低保初审", "民政协理员", "禤晚棠", "入户调查走过场,为人情户出具不实调查意见", "高",
         "入户调查两人以上,调查表由申请人签字确认并拍照留存。", head, "general"),
        ("城乡低保初审", "民政协理员", "禤晚棠", "民主评议事先打招呼,评议代表人数不足", "中",
         "评议代表随机确定,评议过程录像,结果公示七天。", head, "general"),
        ("公益性岗位人员考勤", "居委会副主任", deputy, "考勤造假,虚报在岗人数套取岗位补贴", "高",
         "考勤每日打卡,补贴名单与考勤表由书记复核后上报。", head, "middle"),
        ("居住证明、亲属关系证明出具", "综合服务岗", "冼疏桐", "未核实即出具证明,或借出具证明收取好处", "中",
         "出具证明登记台账,逐件核实后由副主任审核盖章。", deputy, "general"),
        ("残疾人两项补贴申报", "残疾人专职委员", "寇楚沅", "补贴对象资格把关不严,死亡人员未及时停发", "中",
         "申报材料与残联系统比对,每季度核查一次生存状态。", deputy, "general"),
        ("社区“微基金”活动支出报账", "报账员", "覃蘅芜", "虚列活动支出,白条入账", "低",
         "活动支出附签到表、照片,票据经审核人签字后报账。", head, "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (matter, post, who, point, lv, measures, checker, tier) in enumerate(rows, 1):
        sh.add(n, matter, post, who, point, lv, measures, checker)
        t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    per_post = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post), (3, per_post)])
    sh.add()
    sh.add("填表人:", None, "覃蘅芜", None, "社区党委书记(签字):", None, "2024年4月", None)
    return _layout(
        "community_handler_reviewer", "https://anbk.net/changshi/OElxV9rJAR.html",
        "社区居民委员会 服务事项廉洁风险排查表 after the source's account of a 社区's 低保 评议 (申请受理, 上户调查, "
        "民主评议, 初步审核, 公示, 抽查): 序号/服务事项 (低保初审, 公益性岗位考勤, 证明出具, 残疾人两项补贴, 微基金)/"
        "岗位 (the 一肩挑 post ``社区党委书记、居委会主任`` one post)/``经办人`` — the HOLDER — /廉洁风险点/风险等级 "
        "高/中/低/防控措施/a trailing ``审核人`` column of names (the 书记 逄雪樵 and the 副主任 妫澄练, who hold rows of "
        "their own too; ``社区“两委”会议`` on the 书记's row); no 科室 and no type column; 服务事项, 岗位 and 经办人 "
        "merged per post; a ``填表人: | 覃蘅芜 | 社区党委书记(签字):`` line with the date",
        [sh], t,
    )  # fmt: skip


def transport_water_group_subsidiaries() -> dict:
    unit = f"{PLACE}交通水利投资集团有限公司"
    sh = _Sheet("廉洁风险", [6, 22, 10, 9, 18, 32, 12, 8, 30])
    t = _Truth(unit)
    sand, water, estate = (f"{PLACE}交水砂石有限公司", f"{PLACE}交水供水有限公司",
                           f"{PLACE}交水物业服务有限公司")  # fmt: skip
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉洁风险防控一览表", 9)
    sh.add(
        "序号",
        "部门（子公司）",
        "岗位",
        "姓名",
        "风险点",
        "风险描述",
        "风险类别",
        "风险等级",
        "管控措施",
    )
    rows = [
        ("集团领导", "董事长", "喻砺川", "对外投资决策", "对外投资、融资担保事项不经党委会前置研究和董事会决策,个人拍板",
         "制度机制风险", "Ⅰ级", "严格执行“三重一大”决策制度,投资事项可研论证、法律审核后上会。", "leader"),
        ("集团领导", "董事长", "喻砺川", "子公司负责人选用", "子公司负责人选用不按程序,任人唯亲",
         "岗位职责风险", "Ⅰ级", "子公司负责人由集团党委研究,考察、公示后任用。", "leader"),
        ("资产财务部", "部长", "晏青筠", "资金调拨", "集团与子公司间资金调拨不按审批权限,出借资金给关系企业",
         "业务流程风险", "Ⅰ级", "资金调拨网银双人复核,超权限事项报董事会审批。", "middle"),
        ("人事监察部", "部长", "蒲怀瑜", "员工招聘", "招聘条件因人设置,考试组织泄露题目", "岗位职责风险", "Ⅱ级",
         "招聘方案报县国资中心备案,笔试委托第三方组织。", "middle"),
        (sand, "经理", "苟岱宗", "砂石销售定价", "砂石销售价格随意下浮,给关系客户让利", "外部环境风险", "Ⅰ级",
         "销售价格由集团定价小组按月确定,优惠须集体研究并公示。", "middle"),
        (sand, "经理", "苟岱宗", "过磅计量", "过磅数据虚增虚减,少计销量私下结算", "业务流程风险", "Ⅱ级",
         "地磅数据自动上传,视频监控与销售台账每日核对。", "middle"),
        (water, "抄表员", "骆汀兰", "水表抄收", "估抄、漏抄,为熟人少计水量", "思想道德风险", "Ⅲ级",
         "推行远传水表,抄表片区定期轮换,异常水量复核。", "general"),
        (estate, "项目经理", "邬澹宁", "维修服务外包", "小区公共维修项目指定外包单位,虚增维修工程量",
         "岗位职责风险", "Ⅱ级", "维修项目三家比价,业主代表参与验收。", "middle"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, desc, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填报单位(盖章):", None, None, None, "填报人:晏青筠", None, "2024年7月", None, None)
    return _layout(
        "transport_water_group_subsidiaries",
        "http://www.zjsjw.gov.cn/zhuantizhuanlan/qlzjnwtx/qinglianguoqi/202508/t20250822_23645664.shtml",
        "县 交通水利投资集团 岗位廉洁风险防控一览表 after the source's account of a 县's 交水集团 and the 监督 that "
        "follows its 子公司 (县属国企 法人层级增多, 经营活动交由下属子公司, 越往下权力越集中): ``附件2``, the title, then "
        "序号/``部门（子公司）`` merged — the 集团's 部 (集团领导, 资产财务部, 人事监察部) AND its 子公司 by their full "
        "company names (``珙县交水砂石有限公司``, ``珙县交水供水有限公司``, ``珙县交水物业服务有限公司``)/岗位 and 姓名 "
        "merged per person/a short 风险点 beside a long 风险描述/风险类别 ``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/管控措施; "
        "``填报单位(盖章): | 填报人:晏青筠`` and the date under it",
        [sh], t,
    )  # fmt: skip


def village_power_duty_bodies() -> dict:
    unit = f"{PLACE}蕨溪乡鹁鸪岩村"
    sh = _Sheet("清单", [6, 16, 18, 9, 32, 8, 32, 16])
    t = _Truth(unit)
    _line(sh, f"{unit}村级小微权力廉洁风险防控清单", 8)
    sh.add(
        "序号", "权力事项", "责任主体", "责任人", "廉洁风险点", "风险等级", "防控措施", "监督主体"
    )
    head, deputy = "阎峙青", "伍渌溪"
    rows = [
        ("村级重大事项决策", "村党支部书记、村委会主任", head, "不按“四议两公开”程序决策,个人说了算", "重大",
         "严格执行“四议两公开”,会议记录由参会人员签字存档。", "村务监督委员会、乡纪委", "leader"),
        ("村级重大事项决策", "村党支部书记、村委会主任", head, "议题不提前公开,临时动议", "较大",
         "议题提前三天在村务公开栏公布。", "村务监督委员会", "leader"),
        ("集体资产资源发包租赁", "村委会副主任", deputy, "低价发包、优亲厚友,发包收入不入账", "重大",
         "发包方案经村民代表会议通过,进入乡农村产权交易平台。", "村务监督委员会、乡经管站", "middle"),
        ("宅基地申请初审", "村委会副主任", deputy, "对不符合“一户一宅”的申请出具同意意见", "较大",
         "初审意见经村“两委”会议研究,申请人名单公示。", "村务监督委员会", "middle"),
        ("村级财务收支", "村报账员", "向蘅皋", "虚开发票、白条抵账", "较大",
         "票据经村务监督委员会审核盖章后报乡三资代理服务中心。", "村务监督委员会、乡经管站", "general"),
        ("村级财务收支", "村报账员", "向蘅皋", "坐收坐支,公款私存", "重大", "村级收入当日交存,实行非现金结算。",
         "乡经管站", "general"),
        ("低保、临时救助对象初审", "村综合服务专干", "殳素秋", "优亲厚友,为不符合条件的人员申报", "较大",
         "初审对象经村民代表评议并公示。", "村务监督委员会", "general"),
        ("村级印章管理", "村文书", "濮砚冰", "未经审批违规用印,为他人出具虚假证明", "一般",
         "用印登记,事由、审批人、经办人逐项填写。", "村务监督委员会", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, post, who, point, lv, measures, watcher, tier) in enumerate(rows, 1):
        sh.add(n, power, post, who, point, lv, measures, watcher)
        t.point(sh.name, "", post, who, tier, point, [], SEVERITY[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：风险等级分为重大、较大、一般三档。", 8)
    sh.add("村党支部(盖章)", None, None, None, "村民委员会(盖章)", None, "2024年3月", None)
    return _layout(
        "village_power_duty_bodies", "http://m.klmpsl.com/sannonglunjian/105860.html",
        "村 村级小微权力廉洁风险防控清单 after the source's account of the 村务监督委员会 (村“两委”之外增设, 民主理财, "
        "监督村务公开, 集体收益分配, the 小微权力 of the village): 序号/权力事项 merged (村级重大事项决策, 集体资产资源发包"
        "租赁, 宅基地申请初审, 村级财务收支, 低保初审, 村级印章管理)/``责任主体`` (the post; the 一肩挑 "
        "``村党支部书记、村委会主任`` one post) and ``责任人`` merged per person/廉洁风险点/风险等级 ``重大/较大/一般``/"
        "防控措施/a trailing ``监督主体`` of bodies (``村务监督委员会、乡纪委``); a merged note ``注：风险等级分为重大、"
        "较大、一般三档。`` and the two seals under it; no type column",
        [sh], t,
    )  # fmt: skip


def mch_center_name_title() -> dict:
    unit = f"{PLACE}妇幼保健计划生育服务中心"
    sh = _Sheet("排查表", [6, 16, 12, 18, 32, 10, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "姓名（职称）", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "甯晴岚", "主任医师", "医用设备采购论证不充分,指定品牌", "制度机制", "高风险",
         "设备采购经院务会集体研究,论证专家随机抽取。", "leader"),
        ("中心领导", "主任", "甯晴岚", "主任医师", "绩效工资分配方案不公开", "岗位职责", "中风险",
         "分配方案经职工代表大会讨论通过并公示。", "leader"),
        ("孕期保健科", "科主任", "粟慕蘅", "副主任医师", "为孕妇违规进行非医学需要的胎儿性别鉴定", "思想道德", "高风险",
         "超声检查双人在场,检查报告不得标注性别,定期抽查。", "middle"),
        ("儿童保健科", "科主任", "句澜生", "主治医师", "收受营养品、保健品厂家回扣,诱导家长购买", "外部环境", "中风险",
         "严禁在诊室推销营养品,处方点评每月一次。", "middle"),
        ("药房", "药房负责人", "晁汀若", "主管药师", "药品统方数据泄露给医药代表", "岗位职责", "高风险",
         "统方权限专人管理,查询留痕,每季度检查。", "middle"),
        ("药房", "药房负责人", "晁汀若", "主管药师", "药品盘点账实不符,过期药品处置不登记", "业务流程", "低风险",
         "药品每月盘点,过期药品销毁两人监督并登记。", "middle"),
        ("出生证明办理室", "办证员", "麦映雪", "护师", "违规出具、补发出生医学证明", "制度机制", "高风险",
         "补发证明经科室和分管领导两级审核,空白证件专柜加锁保管。", "general"),
        ("体检科", "收费员", "聂可澄", None, "体检收费不开票,少收多收", "业务流程", "中风险",
         "体检套餐价格公示,收费系统自动计费,日结日清。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, rank, point, typ, lv, measures, tier) in enumerate(rows, 1):
        shown = f"{who}（{rank}）" if rank else who
        sh.add(n, dept, post, shown, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("科室负责人签字:", None, None, "分管领导签字:", None, None, "2024年5月", None)
    return _layout(
        "mch_center_name_title", "http://xcfybj.com/detaillist.aspx?lmid=44&wzid=2820",
        "县妇幼保健计划生育服务中心 岗位廉政风险点排查表 after the source's 妇幼保健院 page (its rules against 红包 and "
        "回扣 — 医药产品企业的回扣、提成、宴请 — and its 科室: 孕期保健科, 儿童保健科, 药房, 出生证明办理室, 体检科): "
        "序号/科室 merged/岗位/the holder column headed ``姓名（职称）`` and written ``甯晴岚（主任医师）``, "
        "``晁汀若（主管药师）`` — the bracket a PROFESSIONAL TITLE, the post in its own ``岗位`` column; one 收费员 "
        "without a bracket — 岗位 and 姓名 merged per person/风险点/风险类型 (short names)/风险等级 ``高风险/中风险/"
        "低风险``/防控措施; 科室负责人签字/分管领导签字/date",
        [sh], t,
    )  # fmt: skip


def coal_mine_risk_values() -> dict:
    unit = f"{PLACE}石碾湾煤业有限责任公司"
    sh = _Sheet("评估表", [6, 12, 11, 9, 32, 8, 8, 8, 10, 30])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险辨识评估表", 10)
    sh.add("序号", "区队（科室）", "岗位", "姓名", "廉洁风险点", "可能性（L）", "后果（C）", "风险值（D）",
           "风险等级", "管控措施")  # fmt: skip
    rows = [
        ("矿领导", "矿长", "储鸣岐", "井下采掘工程发包不经集体研究,指定施工队伍", 3, 5,
         "采掘工程发包经矿务会研究,队伍从公司名录中比选。", "leader"),
        ("矿领导", "安全副矿长", "舒砺锋", "安全隐患排查罚款降格处理,收受好处", 2, 4,
         "罚款决定集体审定,罚没款统一由财务收取并公示。", "leader"),
        ("煤质运销科", "科长", "巫柘桥", "煤炭销售定价随意,给关系客户让价", 3, 5,
         "销售价格按月由定价小组确定,让价须矿务会审批。", "middle"),
        ("煤质运销科", "过磅员", "侬晓苇", "过磅数据虚增虚减,与拉煤车主串通", 3, 4,
         "地磅无人值守,数据实时上传,监控录像保存三个月。", "general"),
        ("供应科", "科长", "龚岳麓", "坑木、锚杆等材料采购不比价,收受供应商回扣", 3, 4,
         "大宗材料公开比价,供应商名录动态管理,签订廉洁协议。", "middle"),
        ("供应科", "材料员", "廖石竹", "井下回收材料不入账,私自变卖", 2, 3, "回收材料过磅登记,每月账物核对。", "general"),
        ("采煤一队", "队长", "岑峻垣", "工分核算不公,虚报出勤套取工资", 2, 4,
         "工分每日公示,考勤与人员定位系统比对。", "middle"),
        ("机电运输队", "队长", "邝铁衣", "配件领用以旧换新不实,虚领配件", 2, 3, "旧件交回登记,配件领用单队长、科室双签。",
         "middle"),
    ]  # fmt: skip

    def band(d: int) -> str:
        return "重大风险" if d >= 15 else "较大风险" if d >= 8 else "一般风险"

    first = len(sh.rows)
    for n, (dept, post, who, point, lik, cons, measures, tier) in enumerate(rows, 1):
        d = lik * cons
        sh.add(n, dept, post, who, point, lik, cons, d, band(d), measures)
        t.point(sh.name, dept, post, who, tier, point, [], MINE[band(d)])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：风险值D=L×C；D≥15为重大风险，8≤D≤14为较大风险，D≤7为一般风险。", 10)
    sh.add("编制:", None, None, "审核:", None, None, None, "2024年8月", None, None)
    return _layout(
        "coal_mine_risk_values", "http://www.jiancaihao.com/nengyuan/341525.html",
        "县属煤业公司 岗位廉洁风险辨识评估表 after the source's account of 煤炭营销's 廉洁风险防范 (风险识别预测, 评估"
        "分析, 风险点的摸排, 风险等级, 管钱管物): the mines' L×C form — 序号/``区队（科室）`` merged (矿领导, 煤质运销科, "
        "供应科, 采煤一队, 机电运输队)/岗位 and 姓名 merged per person/廉洁风险点/``可能性（L） | 后果（C） | 风险值（D）`` "
        "(numbers)/风险等级 ``重大风险/较大风险/一般风险``/管控措施; a merged note under it that bands D; 编制/审核/date",
        [sh], t,
    )  # fmt: skip


def special_school_sign_column() -> dict:
    unit = f"{PLACE}特殊教育学校"
    sh = _Sheet("Sheet1", [6, 10, 12, 32, 10, 8, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    sh.add("序号", "处室", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "签字确认")
    rows = [
        ("校长室", "校长", "宗濯缨", "康复器材和教学设备采购不经校务会集体研究", "制度机制", "Ⅰ级",
         "采购事项校务会研究,按政府采购程序实施,结果公示。", "leader"),
        ("校长室", "校长", "宗濯缨", "教师职称推荐、评优评先不公开", "岗位职责", "Ⅱ级",
         "推荐条件和量化结果公示五个工作日。", "leader"),
        ("校长室", "副校长", "亢霁明", "学生营养餐食材供应商选定不公开", "业务流程", "Ⅰ级",
         "食材供应商由教育局统一招标确定,验收家长代表参与。", "leader"),
        ("教导处", "教导主任", "豆初霁", "送教上门记录弄虚作假,虚报送教课时", "思想道德", "Ⅱ级",
         "送教记录附照片和家长签字,每学期随机回访。", "middle"),
        ("教导处", "教导主任", "豆初霁", "教师绩效考核打分不公", "岗位职责", "Ⅲ级", "考核细则公开,考核小组集体打分。",
         "middle"),
        ("总务处", "总务主任", "庾秋筠", "校舍维修工程量签证不实", "业务流程", "Ⅱ级",
         "维修工程量由总务处、监督员双人签证,结算送审。", "middle"),
        ("总务处", "报账员", "汲蓼汀", "残疾学生资助资金和送教交通补助发放不到位", "制度机制", "Ⅰ级",
         "资助资金通过一卡通发放,名单公示,每学期对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: (row[1], row[2], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (7, per_person)])
    sh.add()
    sh.add("填表日期：2024年9月", None, None, None, None, None, None, None)
    return _layout(
        "special_school_sign_column", "http://m.handmsg.com/page/2024/0615/24237059.shtml",
        "县特殊教育学校 岗位廉政风险防控一览表 after the source's study of 特殊教育学生资助 (资助对象范围, 送教上门, "
        "家庭+学校+社区, 专项扶持): 序号/处室 merged (校长室, 教导处, 总务处)/岗位 merged per post/风险点/风险类型 "
        "(short names)/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/a trailing ``签字确认`` column holding each holder's name, "
        "merged over his post's rows — NO 姓名 column anywhere (the list was printed, signed and typed back); "
        "``填表日期：…`` under it",
        [sh], t,
    )  # fmt: skip


def town_stations_head_rows() -> dict:
    unit = f"{PLACE}箐坪镇"
    sh = _Sheet("排查表", [6, 14, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}站所工作人员廉政风险点排查表", 7)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    stations = [
        ("一", "党政办公室", "仇枕书", "夙醒吾", [
            ("党政办主任", "仇枕书", "公务接待、公车使用超标准,费用虚报", "制度机制风险", "二级",
             "接待、用车先审批后执行,费用按季公开。", "middle"),
        ]),
        ("二", "农业综合服务中心", "厉禾青", "弓擎宇", [
            ("主任", "厉禾青", "耕地地力保护补贴面积核实不实,虚报冒领", "岗位职责风险", "一级",
             "补贴面积村组公示、中心复核、抽查不少于百分之十。", "middle"),
            ("农技员", "褚穗禾", "良种、农药等救灾物资发放优亲厚友", "思想道德风险", "二级",
             "物资发放名单村组公示,领取人签字。", "general"),
        ]),
        ("三", "财政所", "沃盈川", "夙醒吾", [
            ("所长", "沃盈川", "惠民惠农“一卡通”资金发放对象、金额审核不严", "业务流程风险", "一级",
             "发放名单与主管部门数据比对,发放结果在村务公开栏公示。", "middle"),
            ("出纳", "融望舒", "现金管理不规范,公款私存", "制度机制风险", "二级", "现金日清月结,所长每月盘点。",
             "general"),
        ]),
        ("四", "社会事务办公室", "晋知秋", "弓擎宇", [
            ("主任", "晋知秋", "农村危房改造对象审核把关不严,优亲厚友", "岗位职责风险", "一级",
             "改造对象经村评议、镇审核两次公示,入户核查拍照存档。", "middle"),
            ("民政专干", "靳沐禾", "低保、临时救助审核走过场", "外部环境风险", "三级",
             "审核入户两人以上,救助结果公示。", "general"),
        ]),
    ]  # fmt: skip
    n = 0
    for order, station, chief, leader, rows in stations:
        _line(sh, f"{order}、{station}{GAP}{GAP}负责人：{chief}{GAP}{GAP}分管领导：{leader}", 7)
        for post, who, point, typ, lv, measures, tier in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, station, post, who, tier, point, types_in(typ), GRADES[lv])
    sh.add()
    sh.add("填报人:", None, "仇枕书", "审核人:", None, "2024年6月", None)
    return _layout(
        "town_stations_head_rows", "https://www.2sbiao.cn/cms/36929.html",
        "镇 站所工作人员廉政风险点排查表 after the source's account of 农村危房改造 (户申请-村评议-镇审核-县审批, 补助资金"
        ", 政务公开): the 站所 given only by merged GROUP ROWS that name the 站所, its 负责人 and its 分管领导 in one line "
        "— ``一、党政办公室　　负责人：仇枕书　　分管领导：夙醒吾``, ``二、农业综合服务中心　　负责人：厉禾青　　分管领导："
        "弓擎宇`` … (the 分管领导, 镇 leaders, hold no row) — and under each ``序号 | 岗位 | 姓名 | 风险点 | 风险类型 "
        "``…风险`` | 风险等级 一级/二级/三级 | 防控措施`` rows, the 负责人 among them; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    health_center_form_export(),
    cdc_unit_info_pairs(),
    community_handler_reviewer(),
    transport_water_group_subsidiaries(),
    village_power_duty_bodies(),
    mch_center_name_title(),
    coal_mine_risk_values(),
    special_school_sign_column(),
    town_stations_head_rows(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch167-inbox"))
