"""A hundred-and-seventy-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY SOEs MIXED — a 镇's
站所, a 村, a 社区居民委员会, a 镇中心小学, the county's 中医医院, the 城乡供水有限责任公司, a 镇卫生院,
the 机关幼儿园 and the 公共交通有限责任公司 — each handing back its 一览表, 排查表, 清单 or 防控卡 the
way its staff typed it (no re-saved copies this time). Every unit is a body of 叙永县 (its 箐口镇,
筇岭镇 with the 蕨坪村, 荇桥街道 with the 萝垭社区, 棠坳镇 and 茈湾镇 invented):

- the 社区's 排查表 whose holders stand with a ``联系电话`` column of eleven-digit numbers (typed as
  text) and a ``所在网格`` column beside them, levels ``★★★/★★/★`` read by a ``注`` line under it;
- the 中心小学's 一览表 under a two-row heading — ``责任主体`` merged over ``处室 | 岗位 | 责任人`` —
  with the 营养改善计划 posts of its 食堂 (采购员, 保管员) among the 处室;
- the 中医医院's 排查评估表 with THREE columns of 高/中/低 side by side: ``发生频率``, ``后果严重程度``
  and the ``风险等级`` worked out from them by the matrix the ``注`` names (they disagree on most rows);
- the 供水公司's 清单 with a short 风险点 beside a long 风险描述, 一级/二级/三级, and a trailing
  ``监督部门`` column (纪检监察室, 审计部, 财务部 — the 财务部 also a 部门 with rows of its own);
- the 卫生院's 排查表 whose only name column is ``责任人签名``, the names typed in it (merged per
  person), Ⅰ级/Ⅱ级/Ⅲ级;
- the 幼儿园's 防控卡 one a sheet (tabs the posts), a row of pairs ``姓名 | … | 岗位 | … | 所在部门 | …``
  above a ``岗位职责：…`` line, 高/中/低;
- the 公交公司's 排查表 whose types end in ``类`` (``思想道德类``, ``业务流程类``) and whose levels are
  ``一级风险/二级风险/三级风险``, the 车队 among the 部门.

The shape this batch adds to what the README describes:

- ``qingkou_town_pasted_station_tables``: a 镇's 汇总 sheet on which the 党政办 PASTED the 站所' own
  tables one under another as each 站所 sent it — every table keeps its OWN title naming the town
  and the 站所 (``叙永县箐口镇财政所岗位廉政风险点排查表``), its own header with NO 科室 column, its
  序号 starting again, and its own ``负责人签字： | 填报日期：…`` line; a blank row between tables.

One is harder:

- ``fernping_village_continued_rows``: a 村's 小微权力 清单 typed by someone who, when a long 风险点
  or 防控措施 did not fit, went on typing in the cell BELOW: the next row holds only the rest of the
  风险点 and of the 防控措施 (no 序号, no 权力事项, no 岗位, no level); 对岗不对人 (a ``责任岗位`` column,
  no names).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a county 编办's report on 乡镇
职能转变 and its offices; a 省纪委's 调研 on 农村集体“三资”管理 (白条, 坐收坐支, 发包不公开); a 街道's
``网格促廉`` pilot with 网格员 as 网格廉政监督员; a 中心校's 营养餐 食堂 with its 采购、保管 posts; a
医院风险评估报告 by 发生频率 and 后果严重程度 in a 风险矩阵; a 供水企业内控管理制度 (水量计量, 供水服务);
a 卫生院 绩效考核评价细则; 幼儿园 园务管理 (园长负责制, 收费, 财务); a 城市公共交通票务管理手册) and the
layout follows their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch175`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- tables pasted one under another, each under its own title ``叙永县箐口镇财政所…``, are each read by
  their own header; the 站所 the title names is the 科室 of every row under it, the 镇人民政府 the unit
  (batch110, batch172), the ``负责人签字：`` lines no point;
- a row holding only text in the 风险点 and 防控措施 columns, under a numbered row, is the rest of
  that row's cells: the point is the two 风险点 pieces joined (no space between), no point of its own;
- a ``联系电话`` column (numbers as text) and ``所在网格`` (``第二网格``) name no holder, no 科室;
- beside ``发生频率`` and ``后果严重程度``, the ``风险等级`` column is the level;
- ``监督部门`` names who oversees the row, not its 部门 (as batch11, batch131);
- names typed under ``责任人签名`` are the holders;
- ``思想道德类`` is the type 思想道德 (as ``…风险``);
- 镇 站所 heads (所长, 主任, 站长) middle; 党支部书记 and 村委会主任 leaders, 村务监督委员会主任 middle;
  社区 党委书记 leader, 居委会副主任 middle; 校长/副校长, 院长/副院长, 园长/副园长, 总经理/副总经理
  leaders; 主任 of a 处 or 中心, 科长, 经理, 车间主任, 队长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b175_"
PLACE = "叙永县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISK_GRADES = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
GAP = "\u3000"


# --------------------------------------------------------------------------- harder layout


def fernping_village_continued_rows() -> dict:
    unit = f"{PLACE}筇岭镇蕨坪村民委员会"
    sh = _Sheet("Sheet1", [5, 14, 14, 34, 8, 38])
    t = _Truth(unit)
    _line(sh, "蕨坪村村级小微权力廉政风险防控清单", 6)
    r = sh.add(f"填报单位：{unit}", None, None, None, "2024年9月", None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 5)
    sh.add("序号", "权力事项", "责任岗位", "廉政风险点", "风险等级", "防控措施")
    # (事项, 岗位, tier, 风险点 pieces, level, 措施 pieces): two pieces = typed on into the next row
    rows = [
        ("村级重大事项决策", "党支部书记", "leader",
         ("不按“四议两公开”程序决策，个人说了算",), "高",
         ("重大事项严格执行“四议两公开”，会议记录存档，村务监督委员会全程监督。",)),
        ("村级工程项目建设", "村委会主任", "leader",
         ("村级工程项目化整为零规避招标，", "指定亲友承建"), "高",
         ("限额以上项目进镇公共资源交易平台，", "工程决算经镇“三资”服务中心审核。")),
        ("集体资产资源发包租赁", "村委会主任", "leader",
         ("集体鱼塘、林地发包不公开竞价，低价发包",), "高",
         ("发包方案经村民代表会议决议，公开竞价，合同报镇备案。",)),
        ("村级财务报账", "报账员", "general",
         ("白条入账、虚列开支，", "先支款后报账"), "中",
         ("报账票据经手人、证明人、审批人三签，", "每月到镇农村“三资”代理中心报账。")),
        ("村级印章使用", "村文书", "general",
         ("对需用印材料审核不严，违规出具证明",), "中",
         ("印章专人保管，用印逐次登记，重要证明经两委会研究。",)),
        ("低保、临时救助初审", "党支部书记", "leader",
         ("低保、临时救助对象评议中优亲厚友，", "把关系户列入名单"), "中",
         ("评议由村民代表参加，", "初审名单在村务公开栏公示七日。")),
        ("村务、财务公开", "村务监督委员会主任", "middle",
         ("村务、财务公开内容不全，监督走过场",), "低",
         ("每季度逐项审核公开内容，监督情况向村民代表会议报告。",)),
        ("宅基地申请初审", "村文书", "general",
         ("宅基地申请材料审核不严，", "为不符合条件的农户出具意见"), "低",
         ("申请条件上墙公示，", "初审意见经两委会集体研究。")),
    ]  # fmt: skip
    for n, (power, post, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, power, post, point[0], lv, measures[0])
        if len(point) > 1:
            sh.add(None, None, None, point[1], None, measures[1])
        t.point(sh.name, "", post, "", tier, "".join(point), [], HML[lv])
    sh.add()
    sh.add("村党组织书记签字：", None, None, "村务监督委员会主任签字：", None, None)
    return _layout(
        "fernping_village_continued_rows", "http://qinglianwang.net/6/21097.html",
        "(harder) 村 村级小微权力廉政风险防控清单 after the source's 省纪委 调研 on 农村集体“三资”管理 (白条入账, "
        "先支款后报账, 山林、鱼塘发包 不公开, 村务监督): the title names only the 村, a ``填报单位：叙永县筇岭镇蕨坪村民"
        "委员会 | 2024年9月`` line; 序号/权力事项/责任岗位 (党支部书记, 村委会主任, 报账员, 村文书, 村务监督委员会主任 — "
        "no names)/廉政风险点/风险等级 高/中/低/防控措施; FOUR of the eight points were TYPED ON INTO THE ROW BELOW when "
        "the text ran long: that row holds only the rest of the 风险点 (``指定亲友承建``) and of the 防控措施, no 序号, "
        "事项, 岗位 or level; no type column; two 签字 labels under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- the new shape


def qingkou_town_pasted_station_tables() -> dict:
    town = f"{PLACE}箐口镇"
    unit = f"{town}人民政府"
    sh = _Sheet("汇总", [5, 14, 9, 34, 14, 8, 36])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{town}站所岗位廉政风险点排查汇总表", 7)
    r = sh.add(f"填报单位：{unit}", None, None, None, "填报时间：2024年11月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    stations = [
        ("财政所", [
            ("所长", "禤望舒", "middle", "惠民惠农财政补贴资金“一卡通”发放审核把关不严,冒领套取", "制度机制风险", "高",
             "补贴名单经村、镇两级审核公示,发放数据与户籍、土地信息比对。"),
            ("所长", "禤望舒", "middle", "镇级预算调整不经党政联席会议研究", "制度机制风险", "中",
             "预算调整按程序报批,执行情况每季度通报。"),
            ("会计", "甯霁月", "general", "报账凭证审核不严,虚列会议、培训支出", "岗位职责风险", "中",
             "凭证附签到表、照片,大额支出经所长复核。"),
        ]),
        ("农业农村服务中心", [
            ("主任", "亢峙川", "middle", "农业项目验收走过场,为未完工项目出具合格意见", "岗位职责风险", "高",
             "项目验收三人以上现场核查,验收结果公示。"),
            ("农技员", "殳禾青", "general", "耕地地力保护补贴面积核实不准,多报面积", "业务流程风险", "中",
             "面积以确权数据为准,村组张榜公示后上报。"),
        ]),
        ("社会保障服务中心", [
            ("主任", "逄晚樵", "middle", "城乡居民养老保险待遇资格认证不严,死亡人员冒领待遇", "业务流程风险", "高",
             "每月比对殡葬、户籍信息,疑点人员入户核实。"),
            ("经办员", "昝若渔", "general", "办理社保业务时向群众索要好处", "思想道德风险", "低",
             "办理事项和时限公开,设意见箱和监督电话。"),
        ]),
        ("退役军人服务站", [
            ("站长", "仉砚农", "middle", "优抚对象信息审核不实,违规享受抚恤补助", "岗位职责风险", "中",
             "优抚对象信息每年复核,名单在村公示。"),
        ]),
    ]  # fmt: skip
    header = ("序号", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    for dept, rows in stations:
        sh.add()
        _line(sh, f"{town}{dept}岗位廉政风险点排查表", 7)
        sh.add(*header)
        first = len(sh.rows)
        for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        per_person = lambda row: row[1:3]  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
        sh.add("负责人签字：", None, None, None, "填报日期：2024年10月", None, None)
    return _layout(
        "qingkou_town_pasted_station_tables", "http://www.tmdps.cn/a10/2019051419/9ccab2f09e868c1d.html",
        "镇 站所岗位廉政风险点排查汇总表 after the source's 编办 report on 乡镇职能转变 (乡镇的办、站、所, 财政所, 农村"
        "社会事业): ``附件2``, the summary title, ``填报单位：叙永县箐口镇人民政府 | 填报时间：2024年11月``; then FOUR "
        "站所' own tables PASTED ONE UNDER ANOTHER as each was sent, each keeping its OWN title naming town and 站所 "
        "(``叙永县箐口镇财政所岗位廉政风险点排查表``, …农业农村服务中心…, …社会保障服务中心…, …退役军人服务站…), its own "
        "header 序号/岗位/姓名/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施 with NO 科室 column, 序号 starting "
        "again, 岗位 and 姓名 merged per person, and its own ``负责人签字： | 填报日期：2024年10月`` line; a blank row "
        "before each title",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def luoya_community_phone_column() -> dict:
    unit = f"{PLACE}荇桥街道萝垭社区居民委员会"
    sh = _Sheet("排查表", [5, 9, 14, 14, 10, 32, 14, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}工作人员廉政风险排查表", 9)
    sh.add(
        "序号", "姓名", "职务", "联系电话", "所在网格", "风险点", "风险类型", "风险等级", "防控措施"
    )
    people = [
        ("鲜于映雪", "党委书记", "13981520417", "全社区", "leader", [
            ("社区“两委”重大事项不经集体研究,个人拍板", "制度机制风险", "★★★",
             "重大事项经“两委”联席会议研究,会议纪要存档,结果公开。"),
            ("社区公益性岗位人员推荐中优亲厚友", "思想道德风险", "★★",
             "推荐条件和名单公示,接受居民监督。"),
        ]),
        ("郈青蔓", "居委会副主任", "13508304126", "第一网格", "middle", [
            ("社区惠民项目资金使用不公开,虚报活动经费", "制度机制风险", "★★",
             "项目资金专账管理,使用情况每季度在公开栏公示。"),
        ]),
        ("雒晴岚", "网格员", "18282719035", "第二网格", "general", [
            ("入户采集信息时泄露居民个人信息", "岗位职责风险", "★",
             "信息采集专人专号,系统登录留痕,签订保密承诺。"),
            ("对网格内违章搭建等问题知情不报,收受好处", "外部环境风险", "★★",
             "巡查记录每日上传,事件处置情况随机回访。"),
        ]),
        ("麴秋禾", "民政专干", "15328710962", "第三网格", "general", [
            ("低保、残疾人补贴审核中降低条件,为关系户代办", "岗位职责风险", "★★★",
             "审核材料双人核对,评议结果公示七日,街道复核。"),
            ("高龄津贴发放不及时,截留居民补贴", "业务流程风险", "★",
             "津贴通过“一卡通”直接发放,发放名单公示。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for who, post, phone, grid, tier, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, who, post, phone, grid, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), STARS[lv])
    per_person = lambda row: row[1:5]  # noqa: E731
    _merge_down(sh, first, [(c, per_person) for c in (1, 2, 3, 4)])
    _line(sh, "注：风险等级中★★★为高风险,★★为中风险,★为低风险。", 9)
    sh.add("社区党委书记签字：", None, None, None, None, "填报日期：2024年8月", None, None, None)
    return _layout(
        "luoya_community_phone_column", "https://hanzhong.qinfeng.gov.cn/info/1017/5972.htm",
        "社区居民委员会 工作人员廉政风险排查表 after the source's 街道 ``网格促廉`` pilot (社区网格员 as 网格廉政监督员, "
        "社区“三委”运行, 入户走访): 序号/姓名/职务/``联系电话`` — eleven-digit numbers typed as text — /``所在网格`` "
        "(``全社区``, ``第一网格``…) — the four merged per person — /风险点/风险类型 ``…风险``/风险等级 ``★★★/★★/★``/"
        "防控措施; no 科室; a merged ``注：风险等级中★★★为高风险,★★为中风险,★为低风险。`` under it; compound surname "
        "``鲜于映雪``",
        [sh], t,
    )  # fmt: skip


def tangao_school_two_row_heading() -> dict:
    unit = f"{PLACE}棠坳镇中心小学校"
    sh = _Sheet("一览表", [5, 14, 12, 9, 32, 14, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    r = sh.add("序号", "责任主体", None, None, "风险点", "风险类别", "风险等级", "防控措施")
    sh.add(None, "处室", "岗位", "责任人", None, None, None, None)
    sh.merge(r, 1, r, 3)
    for c in (0, 4, 5, 6, 7):
        sh.merge(r, c, r + 1, c)
    rows = [
        ("校长室", "校长", "蹇棠溪", "leader", "学校大宗物资采购、维修工程不经行政会集体研究", "制度机制风险", "高",
         "执行“三重一大”集体决策,采购按限额报教育局审批。"),
        ("校长室", "副校长", "冼樾庭", "leader", "营养改善计划食材供应商选择不公开", "外部环境风险", "高",
         "供应商由县教育局统一招标确定,学校不得自行更换。"),
        ("教导处", "教导主任", "阮砚溪", "middle", "教辅资料征订搭车推销,收取回扣", "思想道德风险", "中",
         "征订目录以上级公布为准,坚持自愿原则,征订结果公示。"),
        ("教导处", "教导主任", "阮砚溪", "middle", "教师绩效考核打分不公,优亲厚友", "岗位职责风险", "低",
         "考核细则经教代会通过,考核结果公示。"),
        ("总务处", "总务主任", "莘禾舟", "middle", "校舍零星维修虚报工程量", "业务流程风险", "中",
         "维修前后拍照存档,验收由总务处、教师代表共同签字。"),
        ("营养餐办公室", "采购员", "滕鹭汀", "general", "食材采购以次充好、虚报数量", "岗位职责风险", "高",
         "食材验收双人签字,每日进货台账公示。"),
        ("营养餐办公室", "保管员", "詹云栖", "general", "食材出入库登记不实,私自挪用食材", "业务流程风险", "中",
         "出入库日清月结,每月盘点,账实核对。"),
        ("财务室", "出纳", "闵芷汀", "general", "营养餐专项资金挤占挪用,坐收坐支", "制度机制风险", "中",
         "专项资金专账核算,收支两条线,每学期公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, None, "审核人：", None, "2024年3月", None)
    return _layout(
        "tangao_school_two_row_heading", "http://old.scjyxx.net/DocHtml/1/Article_201771930403.html",
        "镇中心小学 岗位廉政风险防控一览表 after the source's 中心校 营养餐 食堂 (营养餐办公领导组, 采购、保管、出纳会计 "
        "责任人): a TWO-ROW heading — ``责任主体`` merged over ``处室 | 岗位 | 责任人`` beside 序号, 风险点, 风险类别, "
        "风险等级, 防控措施 merged down both rows; 处室 merged (校长室, 教导处, 总务处, 营养餐办公室, 财务室), 岗位 and "
        "责任人 merged per person; 风险类别 ``…风险``, 高/中/低; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def _matrix(freq: str, harm: str) -> str:
    """The 风险矩阵: 高 where both are at least 中 and one is 高; 低 where both are at most 中 and one
    is 低; 中 otherwise."""
    score = {"高": 3, "中": 2, "低": 1}
    a, b = score[freq], score[harm]
    if a + b >= 5:
        return "高"
    if a + b <= 3:
        return "低"
    return "中"


def tcm_hospital_three_hml_columns() -> dict:
    unit = f"{PLACE}中医医院"
    sh = _Sheet("评估表", [5, 10, 10, 9, 32, 8, 8, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点排查评估表", 9)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "姓名",
        "廉洁风险点",
        "发生频率",
        "后果严重程度",
        "风险等级",
        "防控措施",
    )
    rows = [
        ("院领导", "院长", "皇甫濯缨", "leader", "大型医疗设备购置论证不充分,决策前与供应商私下接触", "低", "高",
         "大型设备购置经院长办公会、党委会研究,论证报告存档。"),
        ("院领导", "副院长", "扈岷舟", "leader", "基建项目变更签证审批把关不严", "中", "高",
         "变更签证经基建、审计、财务会签,重大变更集体研究。"),
        ("医务科", "科长", "敖槿言", "middle", "医疗纠纷处理中私下协商赔偿,收受好处", "低", "中",
         "纠纷处理由医患办集中受理,赔偿经院务会研究。"),
        ("药剂科", "科长", "檀雨樵", "middle", "中药饮片临时采购指定供应商,收受回扣", "中", "中",
         "饮片采购在集中采购平台进行,临时采购报药事委员会审批。"),
        ("药剂科", "科长", "檀雨樵", "middle", "违规提供统方数据", "中", "高",
         "统方权限专人管理,查询记录每月审查。"),
        ("设备科", "采购员", "戚鹤汀", "general", "医用耗材验收不严,数量、规格与合同不符", "高", "低",
         "耗材验收由设备科、使用科室双人签字,每月盘点。"),
        ("财务科", "收费员", "乌晏秋", "general", "收费时少收、漏收,截留现金", "低", "低",
         "收费系统日结对账,现金当日存行,财务科不定期抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, freq, harm, measures) in enumerate(rows, 1):
        lv = _matrix(freq, harm)
        sh.add(n, dept, post, who, point, freq, harm, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    _line(sh, "注：风险等级依据发生频率和后果严重程度按风险矩阵综合评定,分高、中、低三级。", 9)
    sh.add("科室负责人：", None, None, None, "分管院领导：", None, None, "2024年6月", None)
    return _layout(
        "tcm_hospital_three_hml_columns", "https://taowenge.com/p-35118335.html",
        "县中医医院 廉洁风险点排查评估表 after the source's 医院风险评估报告 (风险矩阵量化评估法: 发生频率 高/中/低 and "
        "后果严重程度 高/中/低): 序号/科室 merged (院领导, 医务科, 药剂科, 设备科, 财务科)/岗位 and 姓名 merged per "
        "person (compound surname ``皇甫濯缨``)/廉洁风险点/THREE columns of 高/中/低 side by side — ``发生频率``, "
        "``后果严重程度`` and ``风险等级`` worked out from the two (they disagree on most rows)/防控措施; no type "
        "column; a merged ``注：风险等级依据发生频率和后果严重程度按风险矩阵综合评定…`` line; 科室负责人/分管院领导/date",
        [sh], t,
    )  # fmt: skip


def water_company_supervising_dept() -> dict:
    unit = f"{PLACE}城乡供水有限责任公司"
    sh = _Sheet("清单", [5, 12, 12, 9, 16, 32, 8, 32, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 9)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险点", "风险描述", "风险等级", "防控措施", "监督部门"
    )
    rows = [
        ("公司领导", "总经理", "东郭明澈", "leader", "管网改造项目发包",
         "管网改造项目不按规定招标,指定施工单位", "一级", "项目发包经党支部会、经理办公会研究,按规定进场交易。",
         "纪检监察室"),
        ("营业收费部", "经理", "牟星垣", "middle", "水费减免审批",
         "擅自减免、缓收用户水费,为关系户调整用水性质", "一级", "减免、调价须两级审批,每月公示减免明细。",
         "审计部"),
        ("营业收费部", "抄表员", "谯晚舟", "general", "水表抄见",
         "估抄、漏抄,收受用户好处少计水量", "二级", "抄表数据远传校核,抄表员定期轮换片区。",
         "审计部"),
        ("工程管理部", "经理", "凃叙白", "middle", "用户报装验收",
         "报装验收故意刁难,索要好处,或放宽验收标准", "二级", "报装流程、收费标准和时限公开,验收双人签字。",
         "纪检监察室"),
        ("制水车间", "主任", "尤澹然", "middle", "净水药剂采购验收",
         "药剂验收不检测即入库,数量、质量与合同不符", "二级", "每批药剂抽样送检,验收单据存档备查。",
         "财务部"),
        ("财务部", "会计", "鄂澄霏", "general", "水费资金归集",
         "营业网点水费不及时归集入账,公款私存", "一级", "水费当日归集,银行对账单每日核对。",
         "审计部"),
        ("财务部", "会计", "鄂澄霏", "general", "费用报销审核",
         "报销审核不严,虚开发票报销", "三级", "发票真伪逐张查验,大额费用经总经理审批。",
         "纪检监察室"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, measures, watch) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, measures, watch)
        t.point(sh.name, dept, post, who, tier, point, [], GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("编制：纪检监察室", None, None, None, "审核：", None, None, "2024年4月", None)
    return _layout(
        "water_company_supervising_dept", "http://m.cornels-photography.com/paper/388560364.html",
        "县城乡供水有限责任公司 廉洁风险防控清单 after the source's 供水企业内控管理制度 (水量计量管理, 供水设施, 供水服务, "
        "财务管理与审计): 序号/部门 merged (公司领导, 营业收费部, 工程管理部, 制水车间, 财务部)/岗位 and 责任人 merged per "
        "person (compound surname ``东郭明澈``)/a short 风险点 beside a long 风险描述/风险等级 一级/二级/三级/防控措施/"
        "a trailing ``监督部门`` (纪检监察室, 审计部, 财务部 — the 财务部 also a 部门 with rows); no type column; "
        "``编制：纪检监察室 | 审核： | 2024年4月``",
        [sh], t,
    )  # fmt: skip


def zhiwan_health_center_signed_names() -> dict:
    unit = f"{PLACE}茈湾镇卫生院"
    sh = _Sheet("Sheet1", [5, 10, 10, 32, 14, 8, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施", "责任人签名")
    rows = [
        ("院领导", "院长", "帅砚冰", "leader", "药品、耗材采购中收受供应商回扣", "思想道德", "Ⅰ级",
         "药品耗材全部在省平台采购,采购计划经院务会研究。"),
        ("院领导", "院长", "帅砚冰", "leader", "绩效工资分配方案不经职工代表讨论", "制度机制", "Ⅱ级",
         "分配方案经职工代表大会讨论通过并公示。"),
        ("院领导", "副院长", "茅青屿", "leader", "基本公共卫生服务项目考核走过场,虚报服务数量", "岗位职责", "Ⅰ级",
         "项目考核电话回访、入户抽查,考核结果与补助资金挂钩。"),
        ("公共卫生科", "科长", "弓慕禾", "middle", "健康档案、随访记录弄虚作假", "业务流程", "Ⅱ级",
         "档案随机抽查复核,随访记录附签字和照片。"),
        ("药房", "药剂员", "聂汐然", "general", "药品出入库登记不实,私自倒卖药品", "岗位职责", "Ⅱ级",
         "药品进销存系统管理,每月盘点,账实相符。"),
        ("收费室", "收费员", "仇绮梦", "general", "医保结算中分解住院、虚记费用", "外部环境", "Ⅰ级",
         "医保结算系统智能审核,住院费用清单患者签字确认。"),
        ("收费室", "收费员", "仇绮梦", "general", "收费不开票据,截留现金", "制度机制", "Ⅲ级",
         "收费全部出具票据,日结日清,财务不定期抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, typ, lv, measures, who)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
    per_person = lambda row: (row[1], row[2], row[7])  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (7, per_person)])
    sh.add()
    sh.add("院长（签字）：", None, None, None, "填报日期：2024年9月", None, None, None)
    return _layout(
        "zhiwan_health_center_signed_names",
        "https://abg.baidu.com/tags/z3amt6wuxk6krufhx66lvs6gyc6nxt5y2tza14",
        "镇卫生院 岗位廉政风险点排查表 after the source's 卫生院绩效考核评价细则 (基本公共卫生服务, 药品管理, 收费, 医保): "
        "序号/科室 merged (院领导, 公共卫生科, 药房, 收费室)/岗位 merged per person/风险点/风险类型 (short names)/"
        "风险等级 Ⅰ级/Ⅱ级/Ⅲ级/防控措施/a LAST column ``责任人签名`` holding the holders' names TYPED (merged per "
        "person) — no 姓名 or 责任人 column otherwise; ``院长（签字）： | 填报日期：2024年9月``",
        [sh], t,
    )  # fmt: skip


def kindergarten_cards_per_post() -> dict:
    unit = f"{PLACE}机关幼儿园"
    t = _Truth(unit)
    cards = [
        ("园长", "巢映竹", "园长室", "leader", "主持幼儿园全面工作,负责人事、财务和重大事项决策。", [
            ("保教费、伙食费收费标准擅自调整或变相乱收费", "制度机制", "高",
             "收费项目和标准按物价部门核定执行,在园门口公示。"),
            ("教职工招聘、评优推荐中优亲厚友", "思想道德", "中",
             "招聘按县教育局方案进行,评优推荐结果公示。"),
        ]),
        ("副园长", "栾素衣", "园长室", "leader", "分管保教、后勤和安全工作。", [
            ("幼儿园食堂食材采购指定供应商", "外部环境", "高",
             "食材供应商经公开比选确定,每学期评议一次。"),
            ("园舍维修项目验收不严", "岗位职责", "中", "维修项目验收三人以上签字,结算送审。"),
        ]),
        ("保健医", "仝芸芊", "保健室", "general", "负责幼儿膳食营养、卫生保健和晨检工作。", [
            ("伙食费使用不公开,伙食账目不清", "业务流程", "中", "伙食费单独核算,每月向家长公布收支。"),
            ("药品、消毒用品采购虚报数量", "岗位职责", "低", "采购登记,领用签字,每学期盘点。"),
        ]),
        ("会计", "荆苒苒", "财务室", "general", "负责幼儿园会计核算、收费和资助资金管理。", [
            ("家庭经济困难幼儿资助资金发放不及时或截留", "制度机制", "高",
             "资助名单公示,资金打卡发放,发放明细存档。"),
            ("收取费用不开票据,公款私存", "思想道德", "中", "统一使用财政票据,收入当日存入银行。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, dept, tier, duty, points in cards:
        sh = _Sheet(post, [5, 12, 30, 12, 8, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓名", who, "岗位", post, "所在部门", dept)
        r = sh.add(f"岗位职责：{duty}", None, None, None, None, None)
        sh.merge(r, 0, r, 5)
        sh.add("序号", "风险点", None, "风险类型", "风险等级", "防控措施")
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 2)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            r = sh.add(n, point, None, typ, lv, measures)
            sh.merge(r, 1, r, 2)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("持卡人签字：", None, None, "园长签字：", None, "2024年5月")
        sheets.append(sh)
    return _layout(
        "kindergarten_cards_per_post", "https://www.yzpxw.cn/a/jishuzhishi/2022/0710/855.html",
        "县机关幼儿园 岗位廉政风险防控卡 after the source's 幼儿园园务管理 (园长负责制, 保育费 教育费 收费, 财务管理, "
        "不得克扣挪用经费): ONE CARD A SHEET, tabs the posts (``园长``, ``副园长``, ``保健医``, ``会计``); the title, then a "
        "row of pairs ``姓名 | 巢映竹 | 岗位 | 园长 | 所在部门 | 园长室``, a merged ``岗位职责：…`` line, then 序号/风险点 "
        "(merged across two columns)/风险类型 (short names)/风险等级 高/中/低/防控措施; ``持卡人签字： | 园长签字： | "
        "2024年5月``",
        sheets, t,
    )  # fmt: skip


def bus_company_class_types() -> dict:
    unit = f"{PLACE}公共交通有限责任公司"
    sh = _Sheet("排查表", [5, 14, 12, 9, 32, 12, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险排查表", 8)
    r = sh.add(
        f"填报单位（盖章）：{unit}", None, None, None, None, "填报时间：2024年7月", None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 7)
    sh.add("序号", "部门", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "司寇承岳", "leader", "新能源公交车辆采购不经集体研究,指定车型和供应商",
         "制度机制类", "一级风险", "车辆采购经党支部会、总经理办公会研究,公开招标。"),
        ("营运调度中心", "主任", "邝鸣驿", "middle", "线路调整、班次安排收受好处,照顾关系线路",
         "思想道德类", "二级风险", "线路调整方案报交通运输局审批,班次计划公开。"),
        ("营运调度中心", "调度员", "相里云舒", "general", "虚报营运趟次,套取燃油补贴",
         "业务流程类", "一级风险", "营运趟次以智能调度系统数据为准,补贴申报逐月核对。"),
        ("票务稽查科", "科长", "桑晓渡", "middle", "IC卡充值款、投币票款清点交接不实",
         "制度机制类", "一级风险", "票款清点双人作业、全程监控,交接签字。"),
        ("票务稽查科", "稽查员", "衡暮帆", "general", "稽查中对驾驶员违规收现金行为隐瞒不报",
         "岗位职责类", "二级风险", "稽查结果交叉复核,稽查人员定期轮换线路。"),
        ("第一车队", "队长", "甄驰野", "middle", "驾驶员排班、考核不公,收受驾驶员好处",
         "思想道德类", "三级风险", "排班由系统生成,考核结果公示。"),
        ("机务维修中心", "主任", "戈铁岑", "middle", "车辆维修配件以次充好,虚报维修项目",
         "外部环境类", "二级风险", "配件入库验收,旧件交回登记,维修单车辆驾驶员签字。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), RISK_GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, None, None, None)
    return _layout(
        "bus_company_class_types", "http://www.boteman.cn/paper/506328112.html",
        "县公共交通有限责任公司 廉洁风险排查表 after the source's 城市公共交通票务管理手册 (票务系统, IC卡, 票款回收, 票务"
        "监督与审计): ``填报单位（盖章）：… | 填报时间：…`` over 序号/部门 merged (公司领导, 营运调度中心, 票务稽查科, "
        "第一车队, 机务维修中心)/岗位 and 姓名 merged per person (compound surnames ``司寇承岳``, ``相里云舒``)/风险点/"
        "风险类别 ending in ``类`` (``思想道德类``, ``业务流程类``…)/风险等级 ``一级风险/二级风险/三级风险``/防控措施; "
        "填表人/审核人",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    fernping_village_continued_rows(),
    qingkou_town_pasted_station_tables(),
    luoya_community_phone_column(),
    tangao_school_two_row_heading(),
    tcm_hospital_three_hml_columns(),
    water_company_supervising_dept(),
    zhiwan_health_center_signed_names(),
    kindergarten_cards_per_post(),
    bus_company_class_types(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch175-inbox"))
