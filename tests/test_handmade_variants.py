"""Hand-made forms in the official layout, with the variations offices really send (DESIGN §2):
random column order, 序号 columns, spaced or broken labels and synonyms, titles missing or
moved, full-width punctuation, merged duty cells, the 三重一大 section, stacked forms.
Every generated form and risk point must be found, with the right level and type.
"""

import pytest
from helpers import write_workbook
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xlsxwriter.utility import xl_range

from xlproc.collect import collect_inbox

LABELS = {
    "duty": ["岗位职责", "岗 位 职 责", "岗位\n职责", "工作职责", "主要职责", "职责权限"],
    "workflow": ["工作流程", "工 作 流 程", "流程", "工作\n流程", "工作程序"],
    "risk_point": ["风险点", "风 险 点", "廉政风险点", "风险点描述", "风险描述"],
    "risk_type": ["风险类型", "风险类别", "风 险 类 型", "风险\n类型"],
    "risk_level": ["风险级别", "风险等级", "风 险 等 级", "风险\n级别", "风险级别(Ⅰ/Ⅱ/Ⅲ)"],
    "measures": ["防控措施", "防范措施", "防控措施及要求", "防 控 措 施", "防范对策"],
}
LEADER_DUTY = ["分管工作", "分 管 工 作"]
# no '较高': a column of 较高, 中 and 低 is a three-step scale whose top is 较高 (the reader stretches
# it, tests/test_columns.py), so its meaning depends on which words the draw puts beside it
LEVELS = {1: ["Ⅰ级", "Ⅰ", "I级", "1", "一级", "高", "Ⅰ级风险", "１"], 2: ["Ⅱ级", "II", "2", "二级", "中"],
          3: ["Ⅲ级", "III级", "3", "三级", "低", "Ⅲ级风险"]}  # fmt: skip
TYPES = {"思想道德": ["思想道德", "思想道德风险", "思想道德类", " 思想道德"],
         "制度机制": ["制度机制", "制度机制风险", "制度机制 "], "岗位职责": ["岗位职责", "岗位职责风险", " 岗位职责"]}  # fmt: skip
WORDS = "审批采购公文会议检查监督接待资金档案违规泄露信息管理制度执行宴请礼品收受考核推荐"
TEXT = st.text(alphabet=WORDS, min_size=2, max_size=14)
NAMES = st.text(
    alphabet="王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高梁宋唐许韩冯邓曹彭曾", min_size=2, max_size=3
)
REVIEWS = {
    "leader": ["单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"],
    "other": ["单位主管领导审查意见", "单位领导小组审查意见", "所在派驻纪检组、监察室审核意见"],
}


@st.composite
def form(draw, person):
    tier = draw(st.sampled_from(["leader", "middle", "general"]))
    roles = ["duty", "risk_point", "risk_type", "risk_level", "measures"]
    if tier != "leader":
        roles.insert(1, "workflow")
    roles = draw(st.permutations(roles))
    seq = draw(st.booleans())
    header = (["序 号" if draw(st.booleans()) else "序号"] if seq else []) + [
        draw(st.sampled_from(LEADER_DUTY if (r == "duty" and tier == "leader") else LABELS[r]))
        for r in roles
    ]
    width = len(header)
    rows: list[list] = []
    if draw(st.booleans()):
        rows.append([f"附件{ {'leader': 2, 'middle': 3, 'general': 4}[tier] }"])
    title = {"leader": "领导岗位", "middle": "中层岗位", "general": "一般岗位"}[
        tier
    ] + "廉政风险识别和防控表"
    if draw(st.booleans()):
        rows.append([title])
    rows.append(
        [
            draw(
                st.sampled_from(
                    ["单位(盖章):XX区测试局", "单位（盖章）：XX区测试局", "单位(盖章):"]
                )
            )
        ]
    )
    if draw(st.booleans()):
        rows.append([])
    grade = draw(st.sampled_from(["A", "B级", "Ｃ", ""]))
    name_label = draw(st.sampled_from(["姓名", "姓 名"]))
    if tier == "leader":
        rows.append([name_label, person, "职务", "副局长", "岗位风险等级", grade])
    elif tier == "middle":
        rows.append(["科室", "办公室", "负责人", person, "岗位风险等级", grade])
    else:
        rows.append([name_label, person, "所在科室及职务", "办公室科员", "岗位风险等级", grade])
    rows.append(header)
    merges: list[str] = []
    truth = []

    def data_rows(n, section):
        duty = draw(TEXT)
        start = len(rows)
        for i in range(n):
            level = draw(st.sampled_from([1, 2, 3]))
            typ = draw(st.sampled_from(sorted(TYPES)))
            values = {"duty": duty if i == 0 else "", "workflow": draw(TEXT), "risk_point": draw(TEXT) + f"{len(truth)}",
                      "risk_type": draw(st.sampled_from(TYPES[typ])), "risk_level": draw(st.sampled_from(LEVELS[level])),
                      "measures": draw(TEXT)}  # fmt: skip
            rows.append(([i + 1] if seq else []) + [values[r] for r in roles])
            truth.append((values["risk_point"], level, typ, section))
        if n > 1:
            c = roles.index("duty") + (1 if seq else 0)
            merges.append(xl_range(start, c, start + n - 1, c))

    data_rows(draw(st.integers(0, 5)), "分管工作" if tier == "leader" else "岗位职责")
    if tier == "leader":
        rows.append(["“三重一大”方面"])
        data_rows(draw(st.integers(0, 3)), "三重一大")
    for label in REVIEWS["leader" if tier == "leader" else "other"]:
        rows.append(
            [label, draw(st.sampled_from(["", "同意"]))] + [""] * (width - 3) + ["年  月  日"]
        )
    if draw(st.booleans()):
        rows.append(["注:此表一式三份,于6月底前报区纪委。"])
    return rows, merges, (person, tier, truth)


@st.composite
def sheet(draw):
    people = draw(st.lists(NAMES, min_size=1, max_size=3, unique=True))
    rows, merges, truth = [], [], []
    for p in people:
        r, m, t = draw(form(p))
        offset = len(rows)
        for rng in m:
            a, b = rng.split(":")
            from xlsxwriter.utility import xl_cell_to_rowcol

            (r0, c0), (r1, c1) = xl_cell_to_rowcol(a), xl_cell_to_rowcol(b)
            merges.append(xl_range(r0 + offset, c0, r1 + offset, c1))
        rows += r + [[]] * draw(st.integers(0, 2))
        truth.append(t)
    return rows, merges, truth


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sheet())
def test_every_variant_is_read(tmp_path_factory, case):
    rows, merges, truth = case
    inbox = tmp_path_factory.mktemp("hm")
    write_workbook(inbox / "表.xlsx", {"Sheet1": rows}, {"Sheet1": merges})
    res = collect_inbox([inbox], jobs=1)
    _check(res, truth)
    assert set(res.issues["code"]) <= {"GRADE_MISMATCH", "GRADE_BLANK", "FORM_EMPTY"}
    c = res.counts()
    assert c["unplaced"] == 0 and c["rows_reported"] == 0


def _check(res, truth) -> None:
    tiers = {"leader": "领导岗位", "middle": "中层岗位", "general": "一般岗位"}
    assert [(p, tiers[t]) for p, t, _ in truth] == list(
        zip(res.posts["person"], res.posts["tier"], strict=True)
    )
    levels = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
    want = [(p, rp, lv, ty, sec) for p, _, tr in truth for rp, lv, ty, sec in tr]
    got = [(r.person, r.risk_point, levels.get(r.risk_level), r.risk_type.removesuffix("风险"), r.section)
           for r in res.risks.itertuples()]  # fmt: skip
    assert got == want


SOFFICE = __import__("shutil").which("soffice")


@pytest.mark.skipif(not (SOFFICE and __import__("os").environ.get("XLPROC_SLOW")),
                    reason="set XLPROC_SLOW=1 (and install LibreOffice) to re-save variants as .xls/.ods")  # fmt: skip
@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sheet(), st.sampled_from(["xls", "ods", "xlsx"]))
def test_variants_resaved_by_libreoffice(tmp_path_factory, case, fmt):
    import subprocess

    rows, merges, truth = case
    tmp = tmp_path_factory.mktemp("lo")
    src = write_workbook(tmp / "src" / "表.xlsx", {"Sheet1": rows}, {"Sheet1": merges})
    inbox = tmp / "inbox"
    subprocess.run([SOFFICE, "--headless", "--convert-to", fmt, "--outdir", str(inbox), str(src)], check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    _check(collect_inbox([inbox], jobs=1), truth)
