"""Rebuild the sample roster and the filled sample inbox used by `xlproc demo` and the tests.

    python samples/build_samples.py            # writes samples/roster.csv and samples/inbox/

Deterministic (fixed seed). The inbox holds what a coordinator really gets back: forms filled
in our templates with rows inserted, a renamed sheet, words of staff's own for levels and types,
a few mistakes, a file re-saved as .xls by LibreOffice (when soffice is installed), an Excel lock
file and a covering note that is not a spreadsheet. One department has not answered yet.
"""

from __future__ import annotations

import csv
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from xlproc.fill import Entry, fill_workbook
from xlproc.roster import read_roster
from xlproc.templates import build_outbox

HERE = Path(__file__).resolve().parent
UNIT = "XX区人民政府办公室"

ROSTER = [
    # 科室, 姓名, 职务, 层级, 分管工作/岗位职责
    ("领导班子", "周建国", "主任", "领导岗位", "主持全面工作,分管财务、人事"),
    ("领导班子", "吴晓梅", "副主任", "领导岗位", "分管秘书科、督查科"),
    ("领导班子", "郑宏伟", "副主任", "领导岗位", "分管行政审批科、机关事务科"),
    ("领导班子", "王丽华", "副主任", "领导岗位", "分管综合科、信息科"),
    ("秘书科", "陈志强", "科长", "中层岗位", "负责公文运转和会议组织"),
    ("秘书科", "林芳", "副主任科员", "一般岗位", "负责公文收发和办理"),
    ("秘书科", "黄磊", "科员", "一般岗位", "负责机要文件和保密工作"),
    ("秘书科", "何静", "办事员", "一般岗位", "负责会议服务"),
    ("综合科", "孙伟", "科长", "中层岗位", "负责综合文字材料起草"),
    ("综合科", "马丽", "四级主任科员", "一般岗位", "负责调研和信息报送"),
    ("综合科", "朱海涛", "科员", "一般岗位", "负责文稿起草"),
    ("督查科", "胡军", "科长", "中层岗位", "负责督查督办工作"),
    ("督查科", "郭敏", "副主任科员", "一般岗位", "负责信访接待和处理"),
    ("督查科", "罗刚", "科员", "一般岗位", "负责督查检查和通报"),
    ("信息科", "梁晨", "科长", "中层岗位", "负责政务信息化建设"),
    ("信息科", "宋雨", "科员", "一般岗位", "负责网站维护和信息公开"),
    ("信息科", "谢飞", "科员", "一般岗位", "负责设备采购和运维"),
    ("行政审批科", "韩冰", "科长", "中层岗位", "负责行政许可审批事项"),
    ("行政审批科", "唐杰", "四级主任科员", "一般岗位", "负责受理和现场核查"),
    ("行政审批科", "冯雪", "科员", "一般岗位", "负责审批窗口服务"),
    ("行政审批科", "董亮", "科员", "一般岗位", "负责证照发放和档案"),
    ("财务科", "萧红", "科长", "中层岗位", "负责财务管理和预算"),
    ("财务科", "程丹", "会计", "一般岗位", "负责会计核算和报销审核"),
    ("财务科", "曹宇", "出纳", "一般岗位", "负责现金和银行账户管理"),
    ("机关事务科", "袁浩", "科长", "中层岗位", "负责机关后勤和资产管理"),
    ("机关事务科", "邓琳", "副主任科员", "一般岗位", "负责公务用车管理"),
    ("机关事务科", "许明", "科员", "一般岗位", "负责办公用品采购"),
    ("机关事务科", "傅强", "科员", "一般岗位", "负责公务接待"),
    ("人事科", "沈洁", "科长", "中层岗位", "负责干部人事和档案管理"),
    ("人事科", "彭涛", "科员", "一般岗位", "负责工资福利和考核"),
]

# (流程, 风险点, 类型, 级别, 措施) by subject words found in the duty
POOL = {
    "公文": [("收文、登记、分办", "公文运转中泄露尚未公开的信息", "岗位职责风险", "Ⅲ级", "严格执行保密规定,涉密文件专人专柜管理"),
             ("催办、归档", "来文办理不及时,延误工作", "岗位职责风险", "Ⅲ级", "建立办文台账,实行限时办结")],
    "会议": [("会务安排", "借会议之机超标准安排食宿", "制度机制风险", "Ⅱ级", "会议费实行预算管理,严格执行会议费标准")],
    "机要": [("文件登记、传阅、清退", "涉密文件管理不严,造成失泄密", "岗位职责风险", "Ⅱ级", "涉密文件登记编号,定期清查")],
    "文字": [("调研、起草、审核", "调研中接受基层宴请和礼品", "思想道德风险", "Ⅲ级", "严格落实中央八项规定精神,开展警示教育")],
    "调研": [("调研、报送", "信息报送弄虚作假,报喜不报忧", "岗位职责风险", "Ⅲ级", "信息报送实行审核把关,责任到人")],
    "督查": [("督查、通报", "督查中弄虚作假,瞒报问题", "岗位职责风险", "Ⅱ级", "督查结果集体研究后通报,接受监督"),
             ("现场检查", "检查中接受被检查单位宴请", "思想道德风险", "Ⅱ级", "检查实行两人以上,不得接受宴请")],
    "信访": [("登记、转办、回复", "压案不查,泄露举报人信息", "岗位职责风险", "Ⅱ级", "信访件登记编号,限时办结,严格保密")],
    "信息": [("项目立项、验收", "信息化项目招标中倾向特定供应商", "制度机制风险", "Ⅰ级", "项目招标委托代理机构,评审专家随机抽取")],
    "网站": [("信息发布审核", "擅自发布未经审核的信息", "制度机制风险", "Ⅲ级", "信息发布实行三级审核")],
    "采购": [("需求汇总、询价、验收", "采购中不按规定程序,与供应商私下接触", "制度机制风险", "Ⅰ级", "实行政府采购公开招标,验收两人以上在场"),
             ("合同签订", "化整为零规避公开招标", "制度机制风险", "Ⅱ级", "大额采购集体研究,全程留痕")],
    "许可": [("受理、审查、决定", "审批中故意刁难、吃拿卡要", "岗位职责风险", "Ⅰ级", "审批事项全部进驻政务大厅,限时办结、公开流程"),
             ("现场核查", "现场核查走过场,接受宴请", "思想道德风险", "Ⅱ级", "实行双人核查,核查结果集体审议")],
    "核查": [("现场核查", "现场核查走过场,接受宴请", "思想道德风险", "Ⅱ级", "实行双人核查,核查结果集体审议")],
    "窗口": [("受理、告知", "对办事群众态度生硬,推诿扯皮", "岗位职责风险", "Ⅲ级", "实行首问负责制和一次性告知")],
    "证照": [("发证、归档", "违规提前发放证照", "制度机制风险", "Ⅱ级", "证照发放实行登记签收")],
    "财务": [("预算编制、资金拨付", "违规调整预算,挪用专项资金", "制度机制风险", "Ⅰ级", "预算调整经集体研究,专项资金专款专用")],
    "报销": [("票据审核", "审核把关不严,虚列支出", "岗位职责风险", "Ⅱ级", "实行会计、出纳、审批分设,定期对账")],
    "现金": [("收付、对账", "公款私存,挪用现金", "制度机制风险", "Ⅰ级", "现金日清月结,定期盘点")],
    "资产": [("登记、调拨、处置", "国有资产处置价格偏低,造成流失", "制度机制风险", "Ⅰ级", "资产处置经评估并公开进行")],
    "用车": [("派车、加油、维修", "公车私用,违规加油维修", "岗位职责风险", "Ⅲ级", "实行派车单制度,油耗维修每月公示")],
    "接待": [("接待审批、结算", "超标准接待或借接待之机公款吃喝", "制度机制风险", "Ⅱ级", "严格执行接待标准,实行一事一审批")],
    "人事": [("考核、推荐、档案查阅", "干部推荐考察中优亲厚友,违反程序", "制度机制风险", "Ⅰ级", "严格执行干部任用条例,推荐结果公示"),
             ("档案管理", "人事档案管理不严,违规查阅或涂改档案", "岗位职责风险", "Ⅱ级", "档案查阅登记审批,定期检查")],
    "工资": [("工资核定、发放", "违规提高工资福利待遇", "制度机制风险", "Ⅱ级", "工资变动经集体审核并公示")],
}  # fmt: skip
COMMON = [
    ("", "权力观、政绩观、利益观发生偏差", "思想道德风险", "Ⅱ级", "开展警示教育,签订廉政承诺书"),
    (
        "",
        "生活圈、社交圈不健康,被利益群体围猎",
        "思想道德风险",
        "Ⅲ级",
        "严格执行重大事项报告制度,慎交友、慎用权",
    ),
]
MAJOR = [
    (
        "重大决策不经集体研究,个人说了算",
        "制度机制风险",
        "Ⅰ级",
        "严格执行“三重一大”集体决策制度,会议纪要存档",
    ),
    (
        "干部任免中搞个人意图,违规用人",
        "制度机制风险",
        "Ⅰ级",
        "干部任免实行民主推荐、组织考察、集体决定",
    ),
    (
        "重大项目安排中插手干预工程招投标",
        "岗位职责风险",
        "Ⅰ级",
        "领导干部不得插手工程项目,违规干预登记报告",
    ),
    ("大额资金使用未按规定集体讨论", "制度机制风险", "Ⅱ级", "大额资金使用须经党组会研究,全程留痕"),
]
# how staff really write levels and types
LEVEL_WORDS = {"Ⅰ级": ["Ⅰ级", "Ⅰ级", "1", "一级", "高"], "Ⅱ级": ["Ⅱ级", "Ⅱ级", "2", "II级", "中"],
               "Ⅲ级": ["Ⅲ级", "Ⅲ级", "3", "三级", "低"]}  # fmt: skip
TYPE_WORDS = {
    t: [t, t, t[:4], t[:4] + "类"] for t in ("思想道德风险", "制度机制风险", "岗位职责风险")
}


def roster_rows() -> list[dict[str, str]]:
    return [
        {"单位": UNIT, "科室": d, "姓名": n, "职务": t, "岗位层级": tier, "分管工作": duty}
        for d, n, t, tier, duty in ROSTER
    ]


def _points(duty: str, rng: random.Random) -> list[tuple[str, str, str, str, str]]:
    picked = [p for key, ps in POOL.items() if key in duty for p in ps]
    if not picked:
        picked = rng.sample([p for ps in POOL.values() for p in ps], 2)
    picked = picked[:5] + rng.sample(COMMON, 1)
    return picked


def _entry(person, rng: random.Random, mistakes: dict[str, str]) -> Entry:
    rows = []
    for wf, point, typ, level, measures in _points(person.duty, rng):
        rows.append({
            "duty": person.duty if not rows else "", "workflow": wf, "risk_point": point,
            "risk_type": rng.choice(TYPE_WORDS[typ]), "risk_level": rng.choice(LEVEL_WORDS[level]),
            "measures": measures,
        })  # fmt: skip
    major = []
    if person.tier == "leader":
        for i, (point, typ, level, measures) in enumerate(rng.sample(MAJOR, 2)):
            major.append({"duty": "“三重一大”" if i == 0 else "", "risk_point": point, "risk_type": typ,
                          "risk_level": level, "measures": measures})  # fmt: skip
    kind = mistakes.get(person.person)
    if kind == "level_unknown":
        rows[0]["risk_level"] = "很高"
    elif kind == "level_blank":
        rows[-1]["risk_level"] = ""
    elif kind == "type_unknown":
        rows[1]["risk_type"] = "廉洁风险"
    elif kind == "measures_blank":
        rows[0]["measures"] = ""
    elif kind == "formula":
        rows[-1]["measures"] = '=HYPERLINK("http://example.com","点此查看制度")'
    from xlproc.config import load_config
    from xlproc.grade import grade_post

    cfg = load_config()
    levels = [cfg.level(r["risk_level"]) for r in rows + major]
    duties = [(k, r[k]) for r in rows for k in ("duty", "workflow") if r.get(k)]
    grade = grade_post(levels, duties, cfg.grading).grade
    declared = rng.choice([grade, grade + "级", grade.lower()])
    if kind == "grade_blank":
        declared = ""
    elif kind == "grade_low":
        declared = "C"
    reviews = ["同意", "情况属实,同意上报"][: rng.randint(0, 2)]
    return Entry(rows=rows, major_rows=major, declared=declared, reviews=reviews)


def build(out: Path = HERE) -> None:
    rng = random.Random(2026)
    roster_path = out / "roster.csv"
    with open(roster_path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["单位", "科室", "姓名", "职务", "岗位层级", "分管工作"])
        w.writeheader()
        w.writerows(roster_rows())
    people = read_roster(roster_path)
    inbox = out / "inbox"
    shutil.rmtree(inbox, ignore_errors=True)
    mistakes = {"林芳": "level_unknown", "罗刚": "level_blank", "宋雨": "type_unknown",
                "傅强": "measures_blank", "彭涛": "formula", "冯雪": "grade_blank", "韩冰": "grade_low"}  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        files = build_outbox(people, tmp)
        for src in files:
            dept = src.stem
            if dept == "财务科":
                continue  # not answered yet: the roster check reports it
            members = [p for p in people if p.department == dept]
            entries = {p.person: _entry(p, rng, mistakes) for p in members}
            dst = inbox / f"{dept}.xlsx"
            fill_workbook(src, dst, entries)
            if dept == "督查科":  # someone renamed their sheet; metadata still identifies it
                import openpyxl

                wb = openpyxl.load_workbook(dst)
                wb["罗刚"].title = "Sheet3"
                wb.save(dst)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:  # one department sends .xls, re-saved by another program
        src = inbox / "信息科.xlsx"
        subprocess.run([soffice, "--headless", "--convert-to", "xls", "--outdir", str(inbox), str(src)],
                       check=True, capture_output=True)  # fmt: skip
        src.unlink()
    (inbox / "~$综合科.xlsx").write_bytes(b"\x05lock")
    (inbox / "请查收.txt").write_text(
        "各位领导:附件为我科室的廉政风险防控表,请查收。\n", encoding="utf-8"
    )


if __name__ == "__main__":
    build()
    print(f"samples written to {HERE}")
