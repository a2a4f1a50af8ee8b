"""A hundred-and-seventy-first batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built with
its helpers. This batch's angle: GRASS ROOTS, PUBLIC INSTITUTIONS AND COUNTY SOEs MIXED — a 镇卫生院,
a 村, a 社区居民委员会, the county's 城乡建设投资有限公司, the 职业技术学校, the 粮食储备有限公司, a
区域性养老服务中心, a 乡's 站所 and the 污水处理有限公司 — each handing back its 一览表, 排查表, 清单 or
防控卡 the way its staff typed it (no re-saved copies this time). Every unit is a body of 高县 (its
檀溪镇, 苎坪镇 with the 柘溪村, 蓼湾街道 with the 枫林社区, 枳园乡 and 芩塘 invented):

- the 社区's 排查表 under ``填报单位：… | 网格数：6个 | 工作人员：11人 | 填报时间：…``, no 科室, 姓名 and 职务
  merged per person with a ``分管工作`` column (``民政、残联``, ``第二网格``), and the template's
  ``填表说明`` left in a column BESIDE the table (one empty column between), four lines that name
  the three levels and the five types;
- the 城投公司's 清单 with a short 风险点 beside a long 风险描述 and an ``应对策略`` column of the risk
  register's words (``风险规避``, ``风险降低``, ``风险分担``, ``风险承受``) between the level and the
  measures;
- the 职业技术学校's 一览表 whose level is ticked under ``风险等级`` split into ``高 | 中 | 低`` with a
  BLACK DOT ``●`` (not ``√``), 处室 merged (校长室, 招生就业处, 实训处, 学生资助管理中心, 总务处);
- the 粮食储备有限公司's 清单 whose ``风险类型`` column holds NUMBER CODES 1–5, read by a 填表说明 line
  above the header (``1—思想道德风险，2—制度机制风险…``), 高/中/低;
- the 养老服务中心's 防控卡 one per sheet, tabs the posts (``主任``, ``会计``, ``保管员``, ``护理组长``),
  ``岗位 | … | 姓名 | … | 岗位风险等级 | 一级`` above a ``岗位职责：…`` line, 一级/二级/三级;
- the 乡's 站所 排查表 under ``单位：高县枳园乡人民政府``, the 站所 column (农业农村服务中心, 财政所,
  社会保障服务中心, 退役军人服务站) and a trailing ``分管领导`` column written ``副乡长勾世平`` (the
  post and the name run together; he holds no row);
- the 污水处理有限公司's 排查表 with the ``风险等级`` column BEFORE the 风险点 column.

The shape this batch adds to what the README describes:

- ``tanxi_health_center_word_paste``: a 镇卫生院's 一览表 typed in Word and PASTED INTO EXCEL, as
  Excel pastes a Word table: every paragraph of a cell becomes a row of its own — the numbered
  防控措施 ``1.…``/``2.…``/``3.…`` stand one a row — and the cells of one paragraph (序号, 风险点,
  风险类型, 风险等级) are merged down over those rows, 科室 and 岗位/姓名 over their groups; the title
  and the ``填报单位`` line above are plain unmerged cells in column A (Word paragraphs), the
  signature line under it too.

One is harder:

- ``zhexi_village_post_ticks``: a 村 小微权力 清单 whose posts are COLUMNS: ``责任岗位`` merged over
  ``党支部书记、村委会主任 | 村委会副主任 | 村文书 | 村报账员``, each row ticking its one post with
  ``√``; no 岗位 column and no names (对岗不对人), a trailing ``监督主体`` of bodies.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 基层医疗卫生机构 院长's
目标管理 scoring table; 村级小微权力清单制度 and 主体间的职责边界; the posts a 社区 has (党建指导员,
民政专员, 网格员 …); an 城投公司's 内部控制 risk points and its 风险应对; 中职 资助 rules; a 粮油质量
检验员 rule on 入库质量; a 养老院's 管理制度 (厨房, 保管室, 伙食费 公布); a 乡镇补贴兑付 plan; a county
污水处理厂's 托管运营方案 (PAM, 污泥运输)) and the layout follows their words. The rows are worded by
us, the names invented.

Run ``python tests/published/score.py --set batch171`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a Word table pasted into Excel is one table: the rows a cell's paragraphs made are one point
  (the 风险点 merged over them), its measures the paragraphs one a row; the 风险点 is the merged
  cell's text;
- a post ticked ``√`` in a column under ``责任岗位`` holds the row's point; the column's heading is
  the post (``党支部书记、村委会主任`` one post, 一肩挑); the ``监督主体`` bodies hold none;
- the ``填表说明`` beside a table (to its right, past an empty column) is no point, no column;
- ``应对策略`` (``风险规避``/``风险降低``/…) is how the risk is met, no type and no level;
- ``●`` under ``高 | 中 | 低`` ticks the level as ``√`` does;
- a number 1–5 under ``风险类型`` is the type the 填表说明 gives it;
- ``网格数：6个`` and ``工作人员：11人`` are counts, no holder; ``分管工作`` (``第二网格``) is a line of
  work, no 科室;
- ``分管领导`` ``副乡长勾世平`` watches, no holder and no form; a 乡's 站所 (农业农村服务中心, 财政所 …)
  is a 科室 of the 乡 (the unit ``高县枳园乡人民政府``);
- the ``岗位风险等级`` above a card grades the post, not its points;
- 院长, 副院长, 校长, 董事长, 总经理, 主任 of the 养老服务中心, 党支部书记、村委会主任 and the 社区's
  党委书记、居委会主任 are leaders; 科长, 部长, 处室 主任, 站所 主任/所长/站长, 村委会副主任, 居委会副主任
  and 护理组长 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, TYPES, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b171_"
PLACE = "高县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
TICK = "√"
DOT = "●"
TYPE_CODES = {n: t for n, t in enumerate(TYPES, 1)}  # 1 思想道德 … 5 外部环境


# --------------------------------------------------------------------------- the new shape


def tanxi_health_center_word_paste() -> dict:
    unit = f"{PLACE}檀溪镇卫生院"
    sh = _Sheet("Sheet1", [5, 10, 9, 8, 30, 9, 8, 36])
    t = _Truth(unit)
    # Word paragraphs above the table land in column A, unmerged
    sh.add(f"{unit}岗位廉政风险点排查一览表")
    sh.add(f"填报单位：{unit}（盖章）　　　　　　　　填报时间：2024年9月")
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("院领导", "院长", "禤国富", "leader", [
            ("药品和医用耗材采购不经院务会集体研究,指定供货企业", "制度机制", "高",
             ["1.药品耗材一律在省集中采购平台采购;", "2.采购计划经院务会集体研究;",
              "3.采购结果每季度在院内公示。"]),
            ("基建维修项目化整为零,规避比选", "岗位职责", "高",
             ["1.维修项目按限额标准比选;", "2.结算资料送审计复核。"]),
        ]),
        ("院领导", "副院长", "遆秀兰", "leader", [
            ("医保基金使用监管不严,默许挂床住院、虚记费用", "岗位职责", "高",
             ["1.每月抽查住院病历和费用清单;", "2.医保违规行为与科室绩效挂钩;",
              "3.配合医保部门飞行检查。"]),
        ]),
        ("药房", "药剂师", "冼德明", "general", [
            ("收受药品企业回扣,违规统计医生用药量", "外部环境", "高",
             ["1.处方信息系统权限分级管理;", "2.严禁统方,与供货企业签订廉洁购销协议。"]),
            ("药品入库验收把关不严,账实不符", "业务流程", "中",
             ["1.入库验收双人签字;", "2.每月盘点,账物核对。"]),
        ]),
        ("收费室", "收费员", "逄丽娟", "general", [
            ("收费不开票据,截留、挪用收费款", "制度机制", "中",
             ["1.收费系统自动出票;", "2.收费款日清日结,次日存入银行。"]),
        ]),
        ("公共卫生科", "科长", "昝文斌", "middle", [
            ("基本公共卫生服务项目台账造假,虚报工作量套取补助", "思想道德", "中",
             ["1.项目台账随机电话回访核实;", "2.补助资金按考核结果拨付。"]),
            ("预防接种疫苗出入库登记不全", "业务流程", "低",
             ["1.疫苗出入库实行信息化追溯;", "2.冷链温度记录每日核对。"]),
        ]),
    ]  # fmt: skip
    n = 0
    dept_first = person_first = None
    for k, (dept, post, who, tier, points) in enumerate(people):
        if k == 0 or people[k - 1][0] != dept:
            dept_first = len(sh.rows)
        person_first = len(sh.rows)
        for point, typ, lv, measures in points:
            n += 1
            first = len(sh.rows)
            for i, m in enumerate(measures):
                if i == 0:  # the merged group cells keep their text in their top row only
                    shown_dept = dept if first == dept_first else None
                    shown = (post, who) if first == person_first else (None, None)
                    sh.add(n, shown_dept, *shown, point, typ, lv, m)
                else:
                    sh.add(None, None, None, None, None, None, None, m)
            last = len(sh.rows) - 1
            for c in (0, 4, 5, 6):
                sh.merge(first, c, last, c)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        last = len(sh.rows) - 1
        for c in (2, 3):
            sh.merge(person_first, c, last, c)
        if k == len(people) - 1 or people[k + 1][0] != dept:
            if last > dept_first:
                sh.merge(dept_first, 1, last, 1)
    sh.add()
    sh.add("院长签字：　　　　　　　　　　填表人：　　　　　　　　2024年9月20日")
    return _layout(
        "tanxi_health_center_word_paste",
        "https://abg.baidu.com/tags/xp43fy6sxxa4ntwazh5lx6vzxhklvm5eys73d2vz3tao3vhqzdhnnrv4vdikpp54xlf4nqfx22y6vv54whwq14",
        "镇卫生院 岗位廉政风险点排查一览表 after the source's 基层医疗卫生机构院长目标管理责任制 scoring table (药品, "
        "医保基金, 基本公共卫生服务, 预防接种), typed in Word and PASTED INTO EXCEL: the title and the ``填报单位：…（盖章）"
        "　　填报时间：…`` line are plain cells in column A (no merge), then 序号/科室/岗位/姓名/风险点/风险类型 (short "
        "names)/风险等级 高/中/低/防控措施 where EVERY PARAGRAPH of a measure cell is a ROW of its own (``1.…`` ``2.…`` "
        "``3.…``) and the one-paragraph cells of the point (序号, 风险点, 风险类型, 风险等级) are merged down over those "
        "rows, 岗位 and 姓名 over the person's rows, 科室 over its people (院领导, 药房, 收费室, 公共卫生科); a blank row "
        "and a ``院长签字：　　填表人：　　2024年9月20日`` paragraph in column A under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- harder layout


def zhexi_village_post_ticks() -> dict:
    unit = f"{PLACE}苎坪镇柘溪村"
    posts = [
        ("党支部书记、村委会主任", "leader"),
        ("村委会副主任", "middle"),
        ("村文书", "general"),
        ("村报账员", "general"),
    ]
    sh = _Sheet("清单", [5, 14, 30, 8, 32, 10, 10, 8, 8, 14])
    t = _Truth(unit)
    _line(sh, f"{unit}村级小微权力廉洁风险防控清单", 10)
    r = sh.add("序号", "权力事项", "风险点", "风险等级", "防控措施", "责任岗位", None, None, None,
               "监督主体")  # fmt: skip
    sh.add(None, None, None, None, None, *[p for p, _ in posts], None)
    for c in (0, 1, 2, 3, 4, 9):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 5, r, 8)
    rows = [
        ("村级重大事项决策", "重大事项不经“四议两公开”程序,个人说了算", "高",
         "严格执行“四议两公开”,会议记录存档备查。", 0, "村务监督委员会"),
        ("村级工程项目建设", "工程项目发包不公开比选,优亲厚友", "高",
         "项目发包进镇公共资源交易站,比选结果公示。", 0, "镇纪委"),
        ("村级工程项目建设", "工程质量验收走过场,虚增工程量", "中",
         "验收邀请村民代表和村务监督委员会成员参加。", 1, "村务监督委员会"),
        ("集体资产资源处置", "集体土地、鱼塘低价发包,暗箱操作", "高",
         "发包方案经村民代表会议通过,公开竞价。", 1, "镇纪委"),
        ("低保、临时救助初审", "低保对象民主评议不公开,优亲厚友", "中",
         "民主评议结果张榜公示七天,接受群众监督。", 2, "村务监督委员会"),
        ("村级印章使用", "村级印章使用不登记,违规出具证明", "低",
         "印章专人保管,使用一事一登记。", 2, "村务监督委员会"),
        ("村级财务收支", "报账票据审核不严,白条入账", "中",
         "报账单据经村务监督委员会审核签字后入账。", 3, "村务监督委员会"),
        ("惠农补贴申报", "虚报补贴面积,冒领惠农资金", "中",
         "补贴面积张榜公示,镇农业农村服务中心抽查核实。", 3, "镇纪委"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, point, lv, measures, at, watch) in enumerate(rows, 1):
        ticks = [TICK if k == at else None for k in range(len(posts))]
        sh.add(n, power, point, lv, measures, *ticks, watch)
        post, tier = posts[at]
        t.point(sh.name, "", post, "", tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add(
        "村党支部（盖章）", None, None, None, None, "填报日期：2024年7月", None, None, None, None
    )
    return _layout(
        "zhexi_village_post_ticks", "http://www.handmsg.com/page/2023/0925/22846368.shtml",
        "(harder) 村 小微权力廉洁风险防控清单 after the source's account of 村级小微权力清单制度 (规制小微权力, 规范权力运行"
        "流程, 明晰主体间的职责边界): the title, then a TWO-ROW header — 序号/权力事项/风险点/风险等级/防控措施 merged "
        "down, ``责任岗位`` merged over FOUR POST COLUMNS ``党支部书记、村委会主任 | 村委会副主任 | 村文书 | 村报账员``, a "
        "trailing ``监督主体`` merged down — each row ticking its ONE post with ``√`` (the others blank); 权力事项 merged "
        "where it repeats; 高/中/低; no 岗位 column, no names anywhere (对岗不对人), no types; ``监督主体`` of bodies "
        "(村务监督委员会, 镇纪委); ``村党支部（盖章） | 填报日期：…`` under it",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def fenglin_community_side_notes() -> dict:
    unit = f"{PLACE}蓼湾街道枫林社区居民委员会"
    sh = _Sheet("排查表", [5, 9, 14, 12, 30, 12, 8, 32, 3, 40])
    t = _Truth(unit)
    _line(sh, f"{PLACE}蓼湾街道枫林社区工作人员廉洁风险排查表", 8)
    r = sh.add(f"填报单位：{unit}", None, None, None, "网格数：6个", "工作人员：11人", None,
               "填报时间：2024年10月")  # fmt: skip
    sh.merge(r, 0, r, 3)
    sh.merge(r, 5, r, 6)
    head = sh.add("序号", "姓名", "职务", "分管工作", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("郦春燕", "党委书记、居委会主任", "全面工作", "leader", [
            ("社区公共服务设施维修项目不经“两委”集体研究", "制度机制风险", "高",
             "维修项目经“两委”会议研究,费用张榜公开。"),
            ("社区惠民资金使用不公开", "岗位职责风险", "中", "惠民资金使用情况每季度在居务公开栏公开。"),
        ]),
        ("戢永康", "居委会副主任", "民政、残联", "middle", [
            ("低保、临时救助对象入户调查走过场,优亲厚友", "岗位职责风险", "高",
             "入户调查两人以上,调查结果公示。"),
            ("残疾人补贴资格审核不严", "业务流程风险", "中", "补贴资格每半年复核一次,名单公示。"),
        ]),
        ("蒉海霞", "居委会委员", "社保、医保", "general", [
            ("代办城乡居民医保缴费时截留、挪用缴费款", "思想道德风险", "中",
             "缴费一律通过税务系统线上缴纳,不收现金。"),
        ]),
        ("汲小龙", "专职网格员", "第二网格", "general", [
            ("采集的居民个人信息泄露、外借", "外部环境风险", "低", "信息系统实名登录,严禁私存居民信息。"),
        ]),
        ("郇静怡", "专职网格员", "第五网格", "general", [
            ("网格事件虚报办结,套取考核奖励", "思想道德风险", "低", "办结事件随机回访核实。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for who, post, work, tier, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, who, post, work, point, typ, lv, measures)
            t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person), (3, per_person)])
    notes = [
        "填表说明：",
        "1.风险等级按高、中、低填写；",
        "2.风险类型填思想道德风险、制度机制风险、岗位职责风险、业务流程风险、外部环境风险之一；",
        "3.一人有多个风险点的，姓名、职务合并单元格。",
    ]
    for k, note in enumerate(notes):
        row = sh.rows[head + k]
        row.extend([None] * (10 - len(row)))
        row[9] = note
    sh.add()
    sh.add("社区书记签字：", None, None, None, "填表人：", None, None, None)
    return _layout(
        "fenglin_community_side_notes", "https://www.jsb166.com/sgz/13689.html",
        "社区 工作人员廉洁风险排查表 after the source's account of a 社区's posts (党建指导员, 民政专员, 综治协管员, 网格员 "
        "…): the title, then ``填报单位：高县蓼湾街道枫林社区居民委员会 | 网格数：6个 | 工作人员：11人 | 填报时间：…``, "
        "序号/姓名/职务 (``党委书记、居委会主任``, 居委会副主任, 居委会委员, 专职网格员 ×2)/``分管工作`` (``民政、残联``, "
        "``第二网格``) — the three merged per person — /风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no 科室; the "
        "template's FOUR ``填表说明`` lines left BESIDE the table in column J (past an empty column I), on the header "
        "row and the three rows under it, naming 高、中、低 and the five types; 社区书记签字/填表人",
        [sh], t,
    )  # fmt: skip


def chengtou_response_strategy() -> dict:
    unit = f"{PLACE}城乡建设投资有限公司"
    sh = _Sheet("清单", [5, 10, 10, 8, 14, 30, 8, 10, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险识别与应对清单", 9)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, None, "填报时间：2024年8月", None, None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号", "部门", "岗位", "责任人", "风险点", "风险描述", "风险等级", "应对策略", "管控措施"
    )
    rows = [
        ("公司领导", "董事长", "虢建川", "leader", "“三重一大”决策",
         "重大投资、大额资金使用未经党支部前置研究和董事会集体决策", "高", "风险规避",
         "严格执行党支部前置研究事项清单,董事会决策全程留痕。"),
        ("公司领导", "总经理", "郄明远", "leader", "融资中介选择",
         "融资中介机构选择不公开,收受中介机构回扣", "高", "风险降低",
         "融资中介机构公开比选,融资方案报县国资部门备案。"),
        ("融资部", "部长", "扈红英", "middle", "融资资金使用", "融资资金未按约定用途使用,挤占挪用", "中",
         "风险降低", "融资资金专户管理,按月与银行对账。"),
        ("工程管理部", "部长", "莘志刚", "middle", "工程招标", "设置排他性条件,与投标人围标串标", "高",
         "风险规避", "招标文件经法律顾问审核,进县公共资源交易中心交易。"),
        ("工程管理部", "部长", "莘志刚", "middle", "设计变更与签证", "变更签证不按程序审批,虚增工程量", "高",
         "风险降低", "变更签证实行三级审批,跟踪审计全程参与。"),
        ("工程管理部", "现场管理员", "雍小琴", "general", "隐蔽工程验收",
         "隐蔽工程验收不到场,签字走过场", "中", "风险降低",
         "隐蔽工程验收影像留存,监理、施工、业主三方签字。"),
        ("资产运营部", "部长", "宰华林", "middle", "经营性资产出租", "门面、场地低价出租或不公开招租", "中",
         "风险分担", "资产出租进场公开招租,租金底价集体研究确定。"),
        ("财务部", "出纳", "那雪梅", "general", "资金支付", "未经审批支付资金,公款私存", "低", "风险承受",
         "网银支付实行制单、复核分离,每日核对余额。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, desc, lv, strategy, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, desc, lv, strategy, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("编制人：", None, None, "审核人：", None, None, "批准人：", None, None)
    return _layout(
        "chengtou_response_strategy", "https://arrating.cn/yanjiuchengguofabu/17208.html",
        "县城投公司 廉洁风险识别与应对清单 after the source's study of an 城投's 内部控制 key risk points (治理管控, 战略"
        "投资, 资产运营, 工程项目管理) and their 防控路径: title, ``填报单位：… | 填报时间：…``, then 序号/部门 merged "
        "(公司领导, 融资部, 工程管理部, 资产运营部, 财务部)/岗位 and 责任人 merged per person/a short 风险点/a long "
        "风险描述/风险等级 高/中/低/an ``应对策略`` column of the risk register's words (``风险规避``, ``风险降低``, "
        "``风险分担``, ``风险承受``)/管控措施; no type column; 编制人/审核人/批准人 under it",
        [sh], t,
    )  # fmt: skip


def vocational_school_dot_grid() -> dict:
    unit = f"{PLACE}职业技术学校"
    sh = _Sheet("一览表", [5, 14, 10, 8, 32, 5, 5, 5, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 9)
    r = sh.add("序号", "处室", "岗位", "姓名", "风险点", "风险等级", None, None, "防控措施")
    sh.add(None, None, None, None, None, "高", "中", "低", None)
    for c in (0, 1, 2, 3, 4, 8):
        sh.merge(r, c, r + 1, c)
    sh.merge(r, 5, r, 7)
    rows = [
        ("校长室", "校长", "沃启东", "leader", "学校重大事项和大额资金使用不经校务会集体研究", "高",
         "执行“三重一大”集体决策制度,会议纪要存档。"),
        ("校长室", "校长", "沃启东", "leader", "实训基地建设项目指定施工单位", "高",
         "建设项目按规定招标,结果在校内公示。"),
        ("招生就业处", "主任", "衡代英", "middle", "招生中违规承诺、有偿招生", "高",
         "招生政策和计划向社会公开,严禁有偿招生。"),
        ("招生就业处", "主任", "衡代英", "middle", "推荐顶岗实习单位时收受企业好处", "中",
         "实习单位经学校集体研究确定,签订三方协议。"),
        ("实训处", "主任", "隆开元", "middle", "实训耗材采购不比价,验收不严", "中",
         "耗材采购三家以上比价,验收由使用教师签字。"),
        ("学生资助管理中心", "资助专干", "巴玉婷", "general", "国家助学金、免学费资格审核不严,虚报学生人数",
         "高", "资助名单班级评议、学校审核、校内公示,学籍系统比对。"),
        ("总务处", "主任", "淳于炳辉", "middle", "食堂食材采购收受供应商好处", "中",
         "食材定点采购,价格每月公示,验收双人签字。"),
        ("总务处", "主任", "淳于炳辉", "middle", "校舍维修工程量签证不实", "低", "维修工程量现场核实,结算送审。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dots = [DOT if k == HML[lv] - 1 else None for k in range(3)]
        sh.add(n, dept, post, who, point, *dots, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("校长签字：", None, None, None, "填表人：", None, None, None, "2024年9月")
    return _layout(
        "vocational_school_dot_grid",
        "https://www.zhetiaohe.com/ss/1118f2d56e523dde4e5b9657c27598e77f0b819b7b55fb8ab8994e88457550ce.html",
        "县职业技术学校 岗位廉政风险防控一览表 after the source's 中职学校资助实施细则 (国家助学金, 免学费, 资助名单的评议、"
        "审核、公示): a TWO-ROW header — 序号/处室/岗位/姓名/风险点/防控措施 merged down, ``风险等级`` merged over ``高 | "
        "中 | 低`` — each row's level ticked with a BLACK DOT ``●`` in its column (no ``√``); 处室 merged (校长室, "
        "招生就业处, 实训处, 学生资助管理中心, 总务处), 岗位 and 姓名 merged per person (the compound surname "
        "``淳于炳辉``); no type column; 校长签字/填表人/date",
        [sh], t,
    )  # fmt: skip


def grain_reserve_type_codes() -> dict:
    unit = f"{PLACE}粮食储备有限公司"
    sh = _Sheet("清单", [5, 10, 9, 8, 34, 9, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险防控清单", 8)
    _line(sh, "填表说明：风险类型填代码：1—思想道德风险，2—制度机制风险，3—岗位职责风险，4—业务流程风险，"
          "5—外部环境风险；风险等级填高、中、低。", 8)  # fmt: skip
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("公司领导", "总经理", "佘光荣", "leader", "储备粮轮换擅自改变轮换时间、数量", 2, "高",
         "轮换计划报县粮食和物资储备局批准,轮换结果公示。"),
        ("公司领导", "总经理", "佘光荣", "leader", "粮食销售价格确定不经集体研究", 2, "中",
         "销售底价经经理办公会集体研究,竞价销售。"),
        ("仓储部", "部长", "续长青", "middle", "储备粮数量不实,以陈顶新、虚库套取保管费用补贴", 3, "高",
         "每季度库存检查,账、卡、实逐仓核对。"),
        ("仓储部", "保管员", "冀德贵", "general", "出入库检斤不准,多收少付", 4, "中",
         "地磅称重数据自动上传,出入库单双人签字。"),
        ("质检中心", "质检员", "芮春兰", "general", "入库质量检验放宽标准,收受售粮人好处", 5, "高",
         "扦样、检验分离,检验结果留样备查。"),
        ("购销部", "部长", "濮阳立新", "middle", "与粮贩串通压级压价,套取收购差价", 5, "中",
         "收购价格挂牌公示,售粮结算直接打卡到户。"),
        ("购销部", "部长", "濮阳立新", "middle", "结算时向售粮农户吃拿卡要", 1, "中",
         "开展廉洁从业教育,设立售粮举报电话。"),
        ("财务部", "会计", "栾彩霞", "general", "收购资金结算不及时,挪用收购资金", 2, "低",
         "收购资金专户管理,按月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, code, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, code, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, [TYPE_CODES[code]], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("单位负责人：", None, None, "填表人：", None, None, "2024年6月", None)
    return _layout(
        "grain_reserve_type_codes", "http://mswk.cn/Article/ShowArticle.asp?ArticleID=103354",
        "县粮食储备有限公司 廉洁风险防控清单 after the source's 粮油质量检验员管理制度 (入库质量标准, 收购价格, 轮换, 质量"
        "验收 and 普查): title, then ONE merged 填表说明 line ABOVE the header giving the type CODES ``1—思想道德风险，"
        "2—制度机制风险，…5—外部环境风险`` and 高/中/低, then 序号/部门 merged (公司领导, 仓储部, 质检中心, 购销部, "
        "财务部)/岗位 and 责任人 merged per person (the compound surname ``濮阳立新``)/风险点/``风险类型`` holding only "
        "the NUMBER CODE (1–5, number cells)/风险等级/防控措施; 单位负责人/填表人/date",
        [sh], t,
    )  # fmt: skip


def qintang_elder_care_post_tabs() -> dict:
    unit = f"{PLACE}芩塘区域性养老服务中心"
    t = _Truth(unit)
    cards = [
        ("主任", "甘翠屏", "leader", "一级", "主持中心全面工作,负责经费使用、物资采购和人员管理。", [
            ("入住老人伙食费、护理费收支不公开", "一级", "伙食费每月结算并在公示栏公布,接受老人代表监督。"),
            ("大宗物资采购不比价,指定供货商", "一级", "大宗物资三家以上比价,采购结果集体研究。"),
            ("违规安排不符合条件的人员入住", "二级", "入住对象经乡镇审核、县民政局审批后入住。"),
        ]),
        ("会计", "束万里", "general", "二级", "负责中心会计核算、经费报账和票据管理。", [
            ("报账票据审核不严,虚列支出", "二级", "报账单据经主任审批、老人代表签字。"),
            ("特困供养金、护理补贴发放不及时、不足额", "一级", "供养金按月打卡发放,发放明细公示。"),
        ]),
        ("保管员", "邰金凤", "general", "二级", "负责粮油、食品和生活物资的入库、保管和发放。", [
            ("物资入库不验收,出库不登记,账物不符", "二级", "出入库登记造册,每月盘点。"),
            ("私拿私用中心粮油、食品", "三级", "保管室双人双锁,领用签字。"),
        ]),
        ("护理组长", "羿国庆", "middle", "三级", "负责护理人员排班和失能老人护理。", [
            ("收受入住老人家属红包、礼品", "三级", "签订廉洁服务承诺,公布投诉电话。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, grade, duty, points in cards:
        sh = _Sheet(post, [6, 36, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("岗位", post, "姓名", who)
        sh.add("岗位风险等级", grade, None, None)
        _line(sh, f"岗位职责：{duty}", 4)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
        sh.add()
        sh.add("持卡人签字：", None, "监督人签字：", None)
        sheets.append(sh)
    return _layout(
        "qintang_elder_care_post_tabs", "http://drpawanjain.com/guanlizhidu/7217341.html",
        "区域性养老服务中心 岗位廉政风险防控卡 after the source's 养老院管理制度 (厨房的炊具和公共物品专人保管, 保管室, 进出"
        "物品登记造册, 伙食费用每月结算公布): one card per sheet, TABS THE POSTS (``主任``, ``会计``, ``保管员``, "
        "``护理组长``), each the title, ``岗位 | … | 姓名 | …``, ``岗位风险等级 | 一级`` (the post's grade), a merged "
        "``岗位职责：…`` line, then 序号/风险点/风险等级 一级/二级/三级/防控措施; no 科室, no types; 持卡人签字/监督人签字",
        sheets, t,
    )  # fmt: skip


def zhiyuan_township_stations() -> dict:
    unit = f"{PLACE}枳园乡人民政府"
    sh = _Sheet("排查表", [5, 16, 8, 8, 30, 12, 8, 30, 14])
    t = _Truth(unit)
    _line(sh, f"{PLACE}枳园乡站所岗位廉政风险排查表", 9)
    r = sh.add(f"单位：{unit}", None, None, None, None, None, "2024年5月", None, None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add("序号", "站所", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "分管领导")
    rows = [
        ("农业农村服务中心", "主任", "荀有福", "middle", "耕地地力保护补贴面积核实不严", "岗位职责风险", "高",
         "补贴面积村组公示,乡、村两级抽查。", "副乡长勾世平"),
        ("农业农村服务中心", "主任", "荀有福", "middle", "农业项目验收走过场", "业务流程风险", "中",
         "项目验收邀请村务监督委员会参加,验收资料存档。", "副乡长勾世平"),
        ("农业农村服务中心", "技术员", "鲜永清", "general", "病虫害防控物资发放不登记", "制度机制风险", "低",
         "物资发放造册登记,农户签字领取。", "副乡长勾世平"),
        ("财政所", "所长", "母成刚", "middle", "惠民惠农补贴“一卡通”资金截留、挪用", "制度机制风险", "高",
         "补贴资金直接打卡到户,发放信息公开可查。", "副乡长苟中华"),
        ("财政所", "会计", "敖桂芝", "general", "村级资金代理记账把关不严,白条入账", "业务流程风险", "中",
         "村级报账实行村务监督委员会审核、财政所复核。", "副乡长苟中华"),
        ("社会保障服务中心", "主任", "幸朝阳", "middle", "养老保险待遇资格认证不实,死亡人员冒领待遇",
         "岗位职责风险", "中", "每月比对殡葬、户籍信息,及时停发。", "副乡长苟中华"),
        ("退役军人服务站", "站长", "铁学军", "middle", "优抚对象信息审核不严,违规享受优抚待遇", "岗位职责风险",
         "中", "优抚对象信息逐人核对,名单公示。", "副乡长勾世平"),
        ("退役军人服务站", "站长", "铁学军", "middle", "帮扶援助资金发放不公开", "思想道德风险", "低",
         "帮扶对象经站务会研究,结果公示。", "副乡长勾世平"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures, lead) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, lead)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(
        sh, first,
        [(1, lambda row: row[1]), (2, per_person), (3, per_person), (8, lambda row: (row[1], row[8]))],
    )  # fmt: skip
    sh.add()
    sh.add("乡纪委审核意见：", None, None, None, "填表人：", None, None, None, None)
    return _layout(
        "zhiyuan_township_stations", "https://www.renrendoc.com/paper/508377528.html",
        "乡 站所岗位廉政风险排查表 after the source's 乡镇补贴兑付工作方案 (补贴资金直达, “一卡通”, 谁发放谁负责): the "
        "title ``高县枳园乡站所岗位廉政风险排查表``, then ``单位：高县枳园乡人民政府 | 2024年5月``, 序号/``站所`` merged "
        "(农业农村服务中心, 财政所, 社会保障服务中心, 退役军人服务站)/岗位 and 姓名 merged per person/风险点/风险类型 "
        "``…风险``/风险等级 高/中/低/防控措施/a trailing ``分管领导`` merged per 站所, written ``副乡长勾世平`` (post and "
        "name run together; he holds no row); 乡纪委审核意见/填表人",
        [sh], t,
    )  # fmt: skip


def qingyuan_sewage_level_first() -> dict:
    unit = f"{PLACE}清源污水处理有限公司"
    sh = _Sheet("排查表", [5, 10, 10, 8, 8, 34, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 7)
    r = sh.add(f"填报单位：{unit}", None, None, None, None, "填报时间：2024年7月", None)
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 6)
    sh.add("序号", "部门", "岗位", "责任人", "风险等级", "风险点", "防控措施")
    rows = [
        ("公司领导", "总经理", "敬天佑", "leader", "高", "污泥处置、药剂供应单位确定不经集体研究",
         "供应和处置单位公开比选,经理办公会集体研究。"),
        ("公司领导", "总经理", "敬天佑", "leader", "中", "提标改造工程结算审核把关不严",
         "工程结算委托第三方审核,报县住建局备案。"),
        ("运行部", "部长", "蹇国华", "middle", "高", "篡改在线监测数据,出水超标不报告",
         "在线监测数据实时上传,超标即报环保部门。"),
        ("运行部", "运行班长", "羊德胜", "general", "低", "运行记录补记、代记,虚报加药量",
         "运行记录当班填写,加药量与药剂领用量每日核对。"),
        ("化验室", "化验员", "晏秀珍", "general", "中", "化验数据弄虚作假,出具不实检测报告",
         "化验原始记录留存,每月送第三方比对检测。"),
        ("设备部", "部长", "修振东", "middle", "中", "设备维修外委不比价,虚报维修配件",
         "外委维修三家比价,旧件交回登记。"),
        ("综合部", "部长", "凤玉洁", "middle", "中", "PAM等药剂采购入库验收不严,以次充好",
         "药剂入库抽样检测,验收三人签字。"),
        ("综合部", "出纳", "庾建平", "general", "低", "代收污水处理费未及时入账",
         "代收款项日清日结,每月与自来水公司对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, lv, point, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, lv, point, measures)
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人：", None, None, "审核人：", None, "2024年7月15日", None)
    return _layout(
        "qingyuan_sewage_level_first", "https://2tech.cn/wruni/v225.1.html",
        "县污水处理有限公司 岗位廉洁风险排查表 after the source's 县污水处理厂托管运营方案 (出水标准, 聚丙烯酰胺 PAM, 污泥"
        "运输, 电费): title, ``填报单位：… | 填报时间：…``, then 序号/部门 merged (公司领导, 运行部, 化验室, 设备部, 综合部)/"
        "岗位 and 责任人 merged per person/the ``风险等级`` column BEFORE the 风险点 (高/中/低)/风险点/防控措施; no type "
        "column; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    tanxi_health_center_word_paste(),
    zhexi_village_post_ticks(),
    fenglin_community_side_notes(),
    chengtou_response_strategy(),
    vocational_school_dot_grid(),
    grain_reserve_type_codes(),
    qintang_elder_care_post_tabs(),
    zhiyuan_township_stations(),
    qingyuan_sewage_level_first(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch171-inbox"))
