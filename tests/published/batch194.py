"""A hundred-and-ninety-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY PERSONAL CASE — one form per person, filled by
staff of bodies of an invented 万州区 (its 枞坪镇 invented too) that no earlier batch used, the way
they edit a form in Excel or WPS: the official 附件2/附件3/附件4, or the office's own 防控卡, 自查表,
登记表 and 承诺书, with a row inserted here and words of their own there:

- a 档案馆 科员's 附件4 whose ``所在科室及职务`` reads ``档案保管利用科科员``, 岗位职责 merged over the rows
  of each duty, types written ``…风险``, 高/中/低, the review boxes and the 注 kept;
- a 气象局 副局长's 附件2: 分管工作 merged, a ``“三重一大”方面`` section row across the table, levels
  ``Ⅰ级/Ⅱ级/Ⅲ级``, the first review box signed;
- a 供销合作社's 合作指导科 附件3 (``科室 | … | 负责人 | …``), levels ``一级/二级/三级``, one row typed
  with two types ``制度机制、业务流程``;
- a 公共资源交易中心 现场见证员's 自查表 with label and value in one cell above the table
  (``姓名：禤语冰 | 部室：交易服务部 | 岗位：现场见证员``), ``职权内容`` before the 风险点, no type
  column, and a ``落实情况`` column of ``已落实``;
- a 疾病预防控制中心 检验员's 登记表 under two rows of pairs (姓名, 性别, 出生年月 / 科室, 岗位, 联系电话),
  a short 风险点 beside a long ``风险表现``;
- a 机关事务服务中心 科长's workbook: a ``承诺书`` sheet of prose signed ``承诺人：甯照川`` before the
  ``防控卡`` sheet (``持卡人 | … | 科室 | … | 职务 | …``), levels ``★★★/★★/★`` with the note;
- a 退役军人服务中心 副科长's 防控卡 whose labels are padded to two characters' width
  (``姓  名``, ``科  室``, ``职  务``), a ``岗位职责：…`` line, and a ``责任领导`` column naming the
  中心's 副主任 on every row (the one who watches, no holder);
- a 镇 财政所所长's 防控卡 (``单位 | 万州区枞坪镇 | 姓名 | … | 职务 | 财政所所长``) with a risk row
  INSERTED later and left without a 序号, levels ``一级/二级/三级``.

One is harder, and a shape the README does not describe yet:

- ``library_holder_line_below``: a 图书馆 防控卡 with NOTHING above the table but its title; the
  holder, 部门 and 职务 stand only in one merged line UNDER the table, the card's signature line
  ``持卡人（签字）：冼栖梧　　所在部门：采编部　　职务：主任``, then the date.

Each layout imitates the *shape* of such a form after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 档案馆's 安全 and 保管; the
气象部门's 廉政风险防控 in 科技服务, 政府采购, 基本建设; a 重庆 供销社's 基层社 and 农资; corruption in
公共采购 and its 交易 platform; a 疾控中心's 检验 and 应急 work; a 机关事务服务中心's 公务用车平台; the
duties of a 县级退役军人服务中心 (就业创业, 优抚帮扶); 乡镇财政 and its 监督; a 图书借阅管理制度) and the
layout follows their words. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch194`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b194_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``所在科室及职务 | 档案保管利用科科员`` is 科室 档案保管利用科, post 科员; ``职务 | 财政所所长`` on a 镇's
  card is 科室 财政所 (the 镇's own 所), post 所长, the 镇 the unit;
- a 附件3 names its 科室 and 负责人 and no post: title "", the 负责人 the holder;
- a ``承诺书`` sheet is prose, no form and no point; its 承诺人 is the 持卡人 of the card beside it;
- ``姓  名`` padded with spaces is 姓名; a ``责任领导`` column naming the same 副主任 on every row of a
  card that has its own holder is the one who watches;
- a risk row inserted with its 序号 left blank is a point like the others;
- the line under a card ``持卡人（签字）：X　　所在部门：Y　　职务：Z`` names the card's holder, 科室 and
  post;
- 馆长, 局长/副局长, 主任/副主任 of a 中心 are leaders; 科长, 副科长, 部主任 of a 图书馆, the head of a 附件3
  and 所长 of a 镇's 所 middle; 科员, 检验员, 见证员 general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b194_"
PLACE = "万州区"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
GAP = "\u3000\u3000"
NOTE = "注:此表一式三份,于6月底前报区纪委。"


def _reviews(sh: _Sheet, heads: list[str], ncols: int, signed: dict | None = None) -> None:
    """The review boxes under an official form: the head in column A, the box merged across."""
    signed = signed or {}
    for head in heads:
        text, date = signed.get(head, (None, None))
        r = sh.add(head, text, *([None] * (ncols - 3)), date)
        sh.merge(r, 1, r, ncols - 2)


# --------------------------------------------------------------------------- harder layout


def library_holder_line_below() -> dict:
    unit = f"{PLACE}图书馆"
    who, dept, post = "冼栖梧", "采编部", "主任"
    sh = _Sheet("防控卡", [6, 36, 12, 10, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 5)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("图书采购中指定书商,或按书商回扣高低确定采购书目", "岗位职责", "高",
         "采购书目由采编部提出、馆务会审定,书商按政府采购结果确定,采购清单在馆内公示。"),
        ("图书验收时对复本量、折扣率把关不严,接受书商宴请", "外部环境", "中",
         "验收由采编、财务两人以上共同进行,验收单与发票、清单逐项核对。"),
        ("赠书、交换书刊登记不全,私自处置", "制度机制", "中", "赠书、交换书刊当日登记入藏,剔旧处置报馆务会批准。"),
        ("数字资源采购续订不比价,续订价格逐年抬高", "业务流程", "低",
         "数字资源续订前比较三家以上报价,续订合同经法律顾问审核。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    sh.add()
    _line(sh, f"持卡人（签字）：{who}{GAP}所在部门：{dept}{GAP}职务：{post}", 5)
    r = sh.add(None, None, None, "2024年3月18日", None)
    sh.merge(r, 3, r, 4)
    return _layout(
        "library_holder_line_below", "https://abg.baidu.com/tags/zw6mv2n55dkmjoo4ydw5nrvwzaumvvgq2auq14",
        "(harder) 区图书馆 采编部主任's 岗位廉政风险防控卡 after the source's 图书借阅管理制度 (借阅, 入藏, 剔旧): "
        "NOTHING above the table but the title — no 姓名, 部门 or 职务 field — then 序号/风险点/风险类型 (short names)/"
        "风险等级 高/中/低/防控措施; the holder, 部门 and 职务 stand only in ONE merged line UNDER the table, the card's "
        "signature line ``持卡人（签字）：冼栖梧　　所在部门：采编部　　职务：主任`` (two full-width spaces between the "
        "fields), a blank row before it and the date ``2024年3月18日`` after",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def archive_annex4_clerk() -> dict:
    unit = f"{PLACE}档案馆"
    who, dept, post = "佴朔云", "档案保管利用科", "科员"
    sh = _Sheet("附件4", [20, 16, 34, 12, 9, 34])
    t = _Truth(unit)
    sh.add("附件4")
    _line(sh, "一般岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "所在科室及职务", f"{dept}{post}", "岗位风险等级", "二级")
    sh.add("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("档案查阅利用服务", "查阅登记", "为未履行审批手续的人员提供未开放档案查阅、复制", "岗位职责风险", "高",
         "查阅未开放档案凭审批单办理,查阅、复制全程登记,每月由科长核对。"),
        ("档案查阅利用服务", "出具证明材料", "收受好处后为他人出具与馆藏不符的档案证明", "思想道德风险", "高",
         "出具证明材料双人核对原件,证明存根归档备查。"),
        ("档案查阅利用服务", "复制收费", "复制费收取不开票、不入账", "制度机制风险", "中",
         "复制费统一扫码缴费,票据按月与收费记录核对。"),
        ("馆藏档案保管", "出入库", "档案出入库不登记,档案原件遗失或被调换", "业务流程风险", "中",
         "出入库实行双人双锁和登记,每半年清点一次。"),
        ("馆藏档案保管", "档案销毁鉴定", "鉴定把关不严,将应永久保存的档案列入销毁清册", "岗位职责风险", "低",
         "销毁清册经鉴定小组集体审核、馆长审批,销毁时两人以上监销。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(0, lambda row: row[0])])
    _reviews(sh, ["单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"], 6,
             {"单位主管领导审查意见": ("同意。", "2024年5月")})  # fmt: skip
    _line(sh, NOTE, 6)
    return _layout(
        "archive_annex4_clerk", "http://www.arrrq.com/haowen/38112.html",
        "区档案馆 档案保管利用科 科员's 附件4 (tab 附件4) after the source's pieces on 档案室安全管理 (档案信息安全, 保密, "
        "查阅利用审批): ``附件4``, the title, ``单位(盖章):万州区档案馆``, then ``姓名 | 佴朔云 | 所在科室及职务 | "
        "档案保管利用科科员 | 岗位风险等级 | 二级``; 岗位职责 merged over its rows, 工作流程, 风险点, 风险类型 written "
        "``…风险``, 风险级别 高/中/低, 防控措施; three review boxes (the first signed ``同意。``), the 注",
        [sh], t,
    )  # fmt: skip


def weather_annex2_deputy() -> dict:
    unit = f"{PLACE}气象局"
    who, post = "郜澜汐", "副局长"
    sh = _Sheet("Sheet1", [6, 18, 36, 12, 9, 36])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, "领导岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("姓名", who, "职务", post, "岗位风险等级", "一级")
    sh.add("序号", "分管工作", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("气象科技服务", "防雷装置检测项目违规指定检测机构,或对检测收费标准擅自调整", "岗位职责", "Ⅰ级",
         "检测机构按名录公开选择,收费标准经局务会审定后公示。"),
        ("气象科技服务", "人工影响天气作业物资采购不比价", "业务流程", "Ⅱ级",
         "作业物资按政府采购规定采购,验收由业务科和办公室共同进行。"),
        ("财务与基本建设", "观测站点改造工程未经集体研究,直接确定施工单位", "制度机制", "Ⅰ级",
         "工程项目按限额招标或比选,纪检人员全程参与。"),
        ("财务与基本建设", "审批报销时把关不严,虚列会议费、培训费", "岗位职责", "Ⅲ级",
         "会议、培训先报计划,报销附签到表和通知,按季抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (duty, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    _line(sh, "“三重一大”方面", 6)
    big = [
        ("重大事项决策", "个人意见代替集体决策,会前未充分酝酿", "制度机制", "Ⅱ级",
         "严格执行局务会议事规则,议题提前送达,表决逐人发表意见。"),
        ("大额资金使用", "大额资金未经集体研究即拨付", "制度机制", "Ⅰ级", "大额资金支付须附会议纪要,财务人员见纪要方可支付。"),
    ]  # fmt: skip
    for n, (duty, point, typ, lv, measures) in enumerate(big, len(rows) + 1):
        sh.add(n, duty, point, typ, lv, measures)
        t.point(sh.name, "", post, who, "leader", point, types_in(typ), ROMAN[lv])
    _reviews(sh, ["单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"], 6,
             {"单位领导小组审查意见": ("同意。", "2024年6月3日")})  # fmt: skip
    _line(sh, NOTE, 6)
    return _layout(
        "weather_annex2_deputy", "http://big5.www.gov.cn/gate/big5/www.gov.cn//gzdt/2013-02/26/content_2339955.htm",
        "区气象局 副局长's 附件2 (tab Sheet1) after the source's 气象部门廉政风险防控工作方案 (科技服务, 政府采购, 基本建设): "
        "``附件2``, the title, ``单位(盖章):万州区气象局``, ``姓名 | 郜澜汐 | 职务 | 副局长 | 岗位风险等级 | 一级``; "
        "序号/分管工作 merged/风险点/风险类型 (short)/风险级别 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施, then a merged section row "
        "``“三重一大”方面`` and two more numbered rows under it; two review boxes (the first signed), the 注",
        [sh], t,
    )  # fmt: skip


def supply_coop_annex3_head() -> dict:
    unit = f"{PLACE}供销合作社"
    who, dept = "逄既白", "合作指导科"
    sh = _Sheet("附件3", [20, 16, 34, 14, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, "中层岗位廉政风险识别和防控表", 6)
    _line(sh, f"单位(盖章):{unit}", 6)
    sh.add("科室", dept, "负责人", who, "岗位风险等级", "二级")
    sh.add("岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施")
    rows = [
        ("基层社恢复重建", "项目申报", "为不符合条件的基层社申报恢复重建扶持资金", "岗位职责", "一级",
         "申报材料实地核查,科室集体研究后报社务会审定。"),
        ("基层社恢复重建", "资金拨付", "扶持资金拨付不按项目进度,提前拨付或截留", "制度机制", "二级",
         "资金按验收进度拨付,拨付凭证经分管领导和财务双签。"),
        ("农资经营指导", "农资企业评先推荐", "接受农资企业宴请,推荐时优亲厚友", "思想道德", "二级",
         "推荐条件和结果公示,接受社员监督。"),
        ("农资经营指导", "化肥储备考核", "储备考核走过场,对储备不足的企业照常拨付补贴", "制度机制、业务流程", "一级",
         "考核实行现场盘库,补贴按考核结果拨付并公示。"),
        ("农民合作社服务", "示范社评定", "评定打分不客观,向关系合作社倾斜", "岗位职责", "三级",
         "评定邀请农业农村部门共同打分,结果公示五个工作日。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for duty, flow, point, typ, lv, measures in rows:
        sh.add(duty, flow, point, typ, lv, measures)
        t.point(sh.name, dept, "", who, "middle", point, types_in(typ), GRADES[lv])
    _merge_down(sh, first, [(0, lambda row: row[0])])
    _reviews(
        sh, ["单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"], 6
    )
    _line(sh, NOTE, 6)
    return _layout(
        "supply_coop_annex3_head", "http://3g.ceweekly.cn/article/16162",
        "区供销合作社 合作指导科's 附件3 (tab 附件3) after the source's report on 重庆's 供销社 (基层社 恢复重建, 农资, "
        "服务农民合作社): ``附件3``, the title, ``单位(盖章):万州区供销合作社``, ``科室 | 合作指导科 | 负责人 | 逄既白 | "
        "岗位风险等级 | 二级`` (no post); 岗位职责 merged/工作流程/风险点/风险类型 (short; one row ``制度机制、业务流程``)/"
        "风险级别 ``一级/二级/三级``/防控措施; three blank review boxes, the 注",
        [sh], t,
    )  # fmt: skip


def trading_center_selfcheck() -> dict:
    unit = f"{PLACE}公共资源交易中心"
    who, dept, post = "禤语冰", "交易服务部", "现场见证员"
    sh = _Sheet("自查表", [6, 16, 36, 10, 36, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}工作人员廉政风险自查表", 6)
    sh.add(f"姓名：{who}", None, f"部室：{dept}", f"岗位：{post}", "填表日期：2024年4月", None)
    sh.merge(len(sh.rows) - 1, 0, len(sh.rows) - 1, 1)
    sh.merge(len(sh.rows) - 1, 4, len(sh.rows) - 1, 5)
    sh.add("序号", "职权内容", "风险点", "风险等级", "防控措施", "落实情况")
    rows = [
        ("开标现场见证", "向投标人泄露已递交投标文件的单位名称和数量", "高",
         "开标前投标信息系统加密,见证员不接触投标文件递交记录。", "已落实"),
        ("开标现场见证", "对投标人代表身份核验不严,为冒名代理人员放行", "中", "身份核验人证比对,核验记录随项目归档。", "已落实"),
        ("评标区管理", "评标期间为评标专家与外界联系提供便利", "高",
         "评标区手机统一封存,进出登记,全程录音录像。", "已落实"),
        ("评标区管理", "见证记录不如实填写,隐瞒评标中的违规行为", "中",
         "见证记录当场签字,异常情况当日书面报告部室负责人。", "已落实"),
        ("交易档案整理", "擅自抽取、涂改交易档案材料", "低", "档案移交清单双方签字,借阅须经部室负责人批准。", "已落实"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (power, point, lv, measures, done) in enumerate(rows, 1):
        sh.add(n, power, point, lv, measures, done)
        t.point(sh.name, dept, post, who, "general", point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("本人签字：", None, None, "部室负责人审核：", None, None)
    return _layout(
        "trading_center_selfcheck", "https://fx361.cc/page/2013/0815/21044002.shtml",
        "区公共资源交易中心 现场见证员's 工作人员廉政风险自查表 after the source's study of corruption in 公共采购 and "
        "its 交易 organisation: the title, then ONE row of label and value in one cell each — ``姓名：禤语冰`` (merged "
        "over two columns) | ``部室：交易服务部`` | ``岗位：现场见证员`` | ``填表日期：2024年4月`` — then 序号/"
        "``职权内容`` merged/风险点/风险等级 高/中/低/防控措施/``落实情况`` (``已落实`` on every row); no type column; "
        "``本人签字： | 部室负责人审核：`` left blank",
        [sh], t,
    )  # fmt: skip


def cdc_register_pairs() -> dict:
    unit = f"{PLACE}疾病预防控制中心"
    who, dept, post = "貊清砚", "检验科", "检验员"
    sh = _Sheet("登记表", [6, 16, 34, 12, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险登记表", 6)
    sh.add("姓名", who, "性别", "女", "出生年月", "1989.07")
    sh.add("科室", dept, "岗位", post, "联系电话", "023-58812467")
    sh.add("序号", "风险点", "风险表现", "风险类别", "风险等级", "防控措施")
    rows = [
        ("检验结果出具", "接受送检单位请托,更改检验数据或出具与实际不符的检验报告", "岗位职责风险", "高",
         "检验报告实行检验、复核、签发三级审核,原始记录不得涂改。"),
        ("试剂耗材验收", "试剂耗材验收数量、效期核对不严,与供应商串通以次充好", "业务流程风险", "中",
         "验收由检验科和设备科两人共同进行,验收记录与入库单核对。"),
        ("样品管理", "私自处置留样或将检测样品、数据交给无关人员", "制度机制风险", "中",
         "留样专柜双人双锁,样品处置登记并报科长审批。"),
        ("委托检测收费", "委托检测收费不开票,收现金不上交", "思想道德风险", "低",
         "委托检测一律到收费窗口缴费,凭缴费凭证出具报告。"),
    ]  # fmt: skip
    for n, (point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, who, "general", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("填表人：", None, "科室负责人：", None, "2024年5月", None)
    return _layout(
        "cdc_register_pairs", "http://www.chinacdc.cn/ztxm/jksn/snzj/201202/t20120207_57055.html",
        "区疾病预防控制中心 检验科 检验员's 岗位廉政风险登记表 after the source's account of a 疾控中心's 业务体系 (卫生应急, "
        "检验, 技术支撑): the title, then TWO rows of pairs — ``姓名 | 貊清砚 | 性别 | 女 | 出生年月 | 1989.07`` and "
        "``科室 | 检验科 | 岗位 | 检验员 | 联系电话 | 023-58812467`` — then 序号/a short 风险点/a long ``风险表现``/风险类别 "
        "``…风险``/风险等级 高/中/低/防控措施; 填表人/科室负责人/date labels left blank",
        [sh], t,
    )  # fmt: skip


def fleet_pledge_then_card() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    who, dept, post = "甯照川", "公务用车服务科", "科长"
    pledge = _Sheet("承诺书", [80])
    pledge.add("廉政承诺书")
    for text in (
        "本人作为公务用车服务科科长,对照岗位职责查找了派车、加油、维修、保险等环节的廉政风险,现郑重承诺:",
        "一、严格执行公务用车管理规定,不私自派车,不公车私用,不虚报加油和维修费用;",
        "二、不接受维修厂、加油站等服务单位的宴请和礼品礼金,不在服务单位报销应由个人支付的费用;",
        "三、对查找出的风险点,逐条落实防控措施,自觉接受组织和群众监督。",
        "如有违反,自愿接受组织处理。",
        f"承诺人：{who}",
        "2024年3月12日",
    ):
        pledge.add(text)
    sh = _Sheet("防控卡", [6, 36, 14, 10, 38])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 5)
    sh.add("持卡人", who, "科室", dept, None)
    r = sh.add("职务", post, "岗位风险等级", "★★", None)
    sh.merge(r - 1, 3, r - 1, 4)
    sh.merge(r, 3, r, 4)
    sh.add("序号", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("平台派车时为私事用车开绿灯,或派车单事后补填", "岗位职责风险", "★★★",
         "派车一律通过公务出行平台申请审批,事后补单须中心主任签批。"),
        ("车辆定点维修把关不严,虚增维修项目和配件", "业务流程风险", "★★★",
         "维修实行报修、审核、验收分离,旧件交回登记,维修费用按月公示。"),
        ("油卡与车辆不对应,油耗异常不追查", "制度机制风险", "★★", "一车一卡,油耗按月统计,超标准的书面说明。"),
        ("节假日车辆不按规定封存,停放地点不报备", "制度机制风险", "★★", "节假日前统一封存,GPS轨迹逐车核查。"),
        ("驾驶员出车补助多报出车天数", "思想道德风险", "★", "出车补助与平台出车记录核对后发放。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), STARS[lv])
    _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 5)
    return _layout(
        "fleet_pledge_then_card", "http://www.tengzhou.gov.cn/bsdt/szdw/jgswfwzx/202509/t20250908_2150606.html",
        "区机关事务服务中心 公务用车服务科科长's workbook after the source's note on a 市公务用车平台 (派遣, 新能源车辆): "
        "a FIRST sheet ``承诺书`` of prose in column A (the title ``廉政承诺书``, five paragraphs naming the 风险 of "
        "派车/加油/维修, ``承诺人：甯照川``, the date), then the sheet ``防控卡``: its title, ``持卡人 | 甯照川 | 科室 | "
        "公务用车服务科`` and ``职务 | 科长 | 岗位风险等级 | ★★``, 序号/风险点/风险类别 ``…风险``/风险等级 "
        "``★★★/★★/★``/防控措施, and the note ``注：★★★为高风险，★★为中风险，★为低风险。``",
        [pledge, sh], t,
    )  # fmt: skip


def veterans_card_padded_labels() -> dict:
    unit = f"{PLACE}退役军人服务中心"
    who, dept, post, watcher = "仉闻溪", "就业创业科", "副科长", "覃望舒"
    sh = _Sheet("Sheet1", [6, 36, 12, 10, 36, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控卡", 6)
    r = sh.add("姓  名", who, "科  室", dept, None, None)
    sh.merge(r, 3, r, 5)
    r = sh.add("职  务", post, "岗位风险等级", "中", None, None)
    sh.merge(r, 3, r, 5)
    _line(sh, "岗位职责：协助科长做好退役士兵适应性培训、职业技能培训、就业推荐和创业扶持工作。", 6)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "责任领导")
    rows = [
        ("确定职业技能培训机构时向关系机构倾斜", "岗位职责", "高", "培训机构按公开遴选结果确定,遴选结果公示。"),
        ("培训人数、课时审核不严,培训机构虚报套取补贴", "业务流程", "高",
         "培训签到人脸识别,补贴按考核合格人数核拨。"),
        ("创业担保贷款贴息对象初审把关不严", "岗位职责", "中", "贴息对象初审、复审分人办理,名单公示。"),
        ("就业推荐时收受退役士兵或用人单位财物", "思想道德", "低", "推荐岗位信息公开发布,双向选择结果备案。"),
    ]  # fmt: skip
    for n, (point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, point, typ, lv, measures, watcher)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), HML[lv])
    sh.add()
    sh.add("持卡人签字：", None, None, "2024年4月", None, None)
    return _layout(
        "veterans_card_padded_labels", "https://zgshuangyong.cn/lilun/qyfm/2021/1010/9601.shtml",
        "区退役军人服务中心 就业创业科 副科长's 防控卡 after the source's essay on a 县级退役军人服务中心's duties (就业创业"
        "培训, 关爱帮扶, 档案): labels PADDED to two characters' width with two spaces — ``姓  名 | 仉闻溪 | 科  室 | "
        "就业创业科`` and ``职  务 | 副科长 | 岗位风险等级 | 中`` — a merged ``岗位职责：…`` line, then 序号/风险点/"
        "风险类型 (short)/风险等级 高/中/低/防控措施/``责任领导`` naming the 中心's 副主任 覃望舒 on every row; "
        "``持卡人签字：`` blank and the date",
        [sh], t,
    )  # fmt: skip


def town_finance_inserted_row() -> dict:
    unit = f"{PLACE}枞坪镇"
    who, dept, post = "亢梓墨", "财政所", "所长"
    sh = _Sheet("防控卡", [6, 36, 12, 10, 38])
    t = _Truth(unit)
    _line(sh, "枞坪镇干部岗位廉政风险防控卡", 5)
    sh.add("单位", unit, "姓名", who, None)
    sh.add("职务", f"{dept}{post}", "岗位风险等级", "一级", None)
    sh.merge(len(sh.rows) - 2, 3, len(sh.rows) - 2, 4)
    sh.merge(len(sh.rows) - 1, 3, len(sh.rows) - 1, 4)
    sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        (1, "惠农补贴资金“一卡通”发放名册审核不严,冒领、重复发放", "岗位职责", "一级",
         "发放名册由村公示、站所初审、财政所复核,发放结果网上公开。"),
        (2, "村级“三资”代理记账中,对不合规票据予以报销", "制度机制", "二级",
         "村级报账实行村务监督委员会审签,不合规票据一律退回。"),
        (None, "镇级工程项目资金未按合同和进度拨付", "业务流程", "一级",
         "工程款凭监理、审计意见和镇党委会纪要拨付。"),
        (3, "公务卡消费审核流于形式,变相报销个人消费", "岗位职责", "二级", "公务卡消费明细逐笔核对,每季度抽查。"),
        (4, "向村集体、服务对象索取或收受礼品礼金", "思想道德", "三级", "节前廉洁提醒,收受礼品礼金登记上交。"),
    ]  # fmt: skip
    for n, point, typ, lv, measures in rows:
        sh.add(n, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, "middle", point, types_in(typ), GRADES[lv])
    sh.add()
    sh.add("本人签字：", None, "镇纪委审核：", None, None)
    return _layout(
        "town_finance_inserted_row", "http://m.handmsg.com/page/2014/0119/19745132.shtml",
        "枞坪镇 财政所所长's 干部岗位廉政风险防控卡 after the source's survey of 乡镇财政监督 (乡镇财政所, 惠农补贴, "
        "村级资金): the title, ``单位 | 万州区枞坪镇 | 姓名 | 亢梓墨`` and ``职务 | 财政所所长 | 岗位风险等级 | 一级``, "
        "then 序号/风险点/风险类型 (short)/风险等级 ``一级/二级/三级``/防控措施 where a row INSERTED later between 2 and 3 "
        "has NO 序号 (the others numbered 1–4); ``本人签字： | 镇纪委审核：`` blank",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    library_holder_line_below(),
    archive_annex4_clerk(),
    weather_annex2_deputy(),
    supply_coop_annex3_head(),
    trading_center_selfcheck(),
    cdc_register_pairs(),
    fleet_pledge_then_card(),
    veterans_card_padded_labels(),
    town_finance_inserted_row(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch194-inbox"))
